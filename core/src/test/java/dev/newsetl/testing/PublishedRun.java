package dev.newsetl.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks a published run against its input: every input file exactly once, CSV, Parquet and manifest agreeing. */
public final class PublishedRun {
    private PublishedRun() {}

    public static JsonNode manifest(Path run) {
        return JsonMapper.builder()
                .build()
                .readTree(run.resolve("manifest.json").toFile());
    }

    public static void assertEveryFileExactlyOnce(Path run, Path input) throws Exception {
        Set<String> inputFiles;
        try (Stream<Path> files = Files.walk(input)) {
            inputFiles = files.filter(Files::isRegularFile)
                    .map(p -> input.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        JsonNode manifest = manifest(run);
        JsonNode counts = manifest.get("counts");
        try (DuckDb duck = new DuckDb()) {
            String parquet = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            String csv = "read_csv('" + TestFiles.sql(run) + "/articles.csv', all_varchar=true)";
            String rejects = "read_csv('" + TestFiles.sql(run) + "/rejects.csv', all_varchar=true)";
            long articles = duck.count("SELECT count(*) FROM " + parquet);
            long rejected = duck.count("SELECT count(*) FROM " + rejects);
            assertThat(duck.count("SELECT count(*) FROM " + csv))
                    .as("CSV rows = Parquet rows")
                    .isEqualTo(articles);
            assertThat(duck.count("SELECT count(DISTINCT article_id) FROM " + parquet))
                    .as("unique article_id")
                    .isEqualTo(articles);
            assertThat(articles + rejected)
                    .as("articles + rejects = files in the input")
                    .isEqualTo(inputFiles.size());
            List<List<Object>> sources =
                    duck.rows("SELECT source_file FROM " + parquet + " UNION ALL SELECT source_file FROM " + rejects);
            Set<String> seen = new TreeSet<>();
            for (List<Object> row : sources) {
                assertThat(seen.add(row.get(0).toString()))
                        .as("%s appears once", row.get(0))
                        .isTrue();
            }
            assertThat(seen)
                    .as("every input file became an article or a reject")
                    .isEqualTo(inputFiles);
            String key = "article_id, source_file, title, CAST(word_count AS VARCHAR), content_sha256";
            assertThat(duck.count("SELECT count(*) FROM (SELECT " + key + " FROM " + parquet + " EXCEPT SELECT " + key
                            + " FROM " + csv + ")"))
                    .as("Parquet rows missing from the CSV")
                    .isZero();
            assertThat(duck.count("SELECT count(*) FROM (SELECT " + key + " FROM " + csv + " EXCEPT SELECT " + key
                            + " FROM " + parquet + ")"))
                    .as("CSV rows missing from the Parquet")
                    .isZero();
            assertThat(counts.get("articles").asLong()).as("manifest articles").isEqualTo(articles);
            assertThat(counts.get("rejects").asLong()).as("manifest rejects").isEqualTo(rejected);
            assertThat(counts.get("files_read").asLong())
                    .as("manifest files_read")
                    .isEqualTo(inputFiles.size());
        }
        for (JsonNode file : manifest.get("files")) {
            Path path = run.resolve(file.get("path").asString());
            assertThat(path).exists();
            assertThat(Files.size(path))
                    .as("bytes of %s", path)
                    .isEqualTo(file.get("bytes").asLong());
        }
        assertThat(run.resolve("_SUCCESS")).exists();
    }
}
