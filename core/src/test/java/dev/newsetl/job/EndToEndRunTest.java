package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The quick-start run on a copy of the bundled input/: real Spring Batch, real H2 file, read back by DuckDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndRunTest {
    Path input;
    Path output;
    Path run;
    Cli.Result result;

    @BeforeAll
    void runOnce(@TempDir Path temp) throws Exception {
        input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        // One file the job must reject, so the run shows articles + rejects = files.
        Files.write(input.resolve("wire/empty-file.txt"), new byte[0]);
        output = temp.resolve("output");
        result = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=2026-01-30",
                "--newsetl.job.partition-size=4",
                "--newsetl.job.threads=2");
        run = output.resolve("run_date=2026-01-30");
    }

    @Test
    void completesAndPublishesEveryFileOfTheContract() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        for (String file : List.of(
                "articles.csv",
                "entities.csv",
                "quotes.csv",
                "rejects.csv",
                "name_candidates.csv",
                "manifest.json",
                "_SUCCESS")) {
            assertThat(run.resolve(file)).exists();
        }
        assertThat(run.resolve("articles")).isDirectoryContaining("glob:**/part-*.parquet");
        assertThat(run.resolve("entities")).isDirectoryContaining("glob:**/part-*.parquet");
        assertThat(output.resolve("_staging/run_date=2026-01-30")).doesNotExist();
    }

    @Test
    void theStoriesTableHasOneRowPerStoryOfTheArticlesInCsvAndParquetAndTheReportShowsTheLargest() throws Exception {
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (DuckDb duck = new DuckDb()) {
            String articles = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            String stories = "read_parquet('" + TestFiles.sql(run) + "/stories/*.parquet')";
            String csv = "read_csv_auto('" + TestFiles.sql(run) + "/stories.csv')";
            String expected = "SELECT story_id, count(*), count(DISTINCT source), min(published_date),"
                    + " max(published_date), first(title ORDER BY source_file) FROM " + articles + " GROUP BY story_id"
                    + " ORDER BY story_id";
            List<List<Object>> fromArticles = duck.rows(expected);
            assertThat(fromArticles).isNotEmpty();
            assertThat(fromArticles.stream().anyMatch(r -> ((Number) r.get(1)).longValue() > 1))
                    .isTrue();
            assertThat(duck.rows("SELECT story_id, articles::BIGINT, sources::BIGINT, first_published_date,"
                            + " last_published_date, title FROM " + stories + " ORDER BY story_id"))
                    .isEqualTo(fromArticles);
            assertThat(duck.count("SELECT count(*) FROM " + csv)).isEqualTo(fromArticles.size());
            assertThat(duck.count("SELECT count(*) FROM " + stories + " s JOIN " + csv
                            + " c USING (story_id) WHERE s.articles = c.articles"))
                    .isEqualTo(fromArticles.size());
        }
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(run.resolve("manifest.json").toFile());
        List<String> tables = new java.util.ArrayList<>();
        manifest.get("files").forEach(f -> tables.add(f.get("path").asString()));
        assertThat(tables).contains("stories.csv", "stories/part-00000.parquet");
        assertThat(Files.readString(run.resolve("report.html"))).contains("<h2>Largest stories</h2>");
    }

    @Test
    void csvParquetAndManifestAgreeAndEveryFileIsAccountedFor() throws Exception {
        long files = TestFiles.countFiles(input);
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(run.resolve("manifest.json").toFile());
        try (DuckDb duck = new DuckDb()) {
            String parquet = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            String csv = "read_csv_auto('" + TestFiles.sql(run) + "/articles.csv')";
            long parquetRows = duck.count("SELECT count(*) FROM " + parquet);
            long csvRows = duck.count("SELECT count(*) FROM " + csv);
            long rejects = duck.count("SELECT count(*) FROM read_csv_auto('" + TestFiles.sql(run) + "/rejects.csv')");
            assertThat(parquetRows)
                    .isEqualTo(csvRows)
                    .isEqualTo(manifest.get("counts").get("articles").asLong());
            assertThat(parquetRows + rejects).isEqualTo(files);
            assertThat(rejects).isEqualTo(1);
            assertThat(duck.count("SELECT count(DISTINCT article_id) FROM " + parquet))
                    .isEqualTo(parquetRows);
            String columns = "article_id, source, source_file, title, caption, photo_credit, body, body_normalized,"
                    + " word_count, content_sha256";
            assertThat(duck.count("SELECT count(*) FROM (SELECT " + columns + " FROM " + parquet + " EXCEPT SELECT "
                            + columns + " FROM " + csv + ")"))
                    .isZero();
            long entityRows =
                    duck.count("SELECT count(*) FROM read_parquet('" + TestFiles.sql(run) + "/entities/*.parquet')");
            assertThat(entityRows)
                    .isEqualTo(manifest.get("counts").get("entities").asLong())
                    .isPositive();
            assertThat(duck.one("SELECT reason FROM read_csv_auto('" + TestFiles.sql(run) + "/rejects.csv')"))
                    .isEqualTo("EMPTY");
        }
        for (JsonNode file : manifest.get("files")) {
            Path path = run.resolve(file.get("path").asString());
            assertThat(path).exists();
            assertThat(Files.size(path)).isEqualTo(file.get("bytes").asLong());
        }
    }

    @Test
    void seedShapedSamplesGetTitlesAndCanonicalNames() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            String parquet = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            List<List<Object>> shape2 = duck.rows("SELECT title, list_contains(persons, 'İbrahim Kalın'),"
                    + " list_contains(locations, 'Türkiye') FROM " + parquet
                    + " WHERE source_file = 'jerusalem-post/2026-01-25-turkey-intel-chief-meets-hamas.txt'");
            assertThat(shape2).containsExactly(java.util.Arrays.asList(null, true, true));
            List<List<Object>> shape1 =
                    duck.rows("SELECT title, photo_credit, list_contains(persons, 'İbrahim Kalın')" + " FROM " + parquet
                            + " WHERE source_file = 'daily-sabah/2026-01-25-kalin-hosts-hamas-delegation.txt'");
            assertThat(shape1).hasSize(1);
            assertThat((String) shape1.get(0).get(0)).startsWith("Kalın hosts Hamas delegation");
            assertThat(shape1.get(0).get(1)).isEqualTo("AA Photo");
            assertThat(shape1.get(0).get(2)).isEqualTo(true);
        }
    }

    @Test
    void nearDuplicatesStoriesQuotesAndUnknownNamesAreFilled() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            String parquet = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            String original = "'daily-sabah/2026-01-25-kalin-hosts-hamas-delegation.txt'";
            String resent = "'wire/2026-01-25-turkish-intelligence-chief-receives-hamas-team.txt'";
            String otherOutlet = "'jerusalem-post/2026-01-25-turkey-intel-chief-meets-hamas.txt'";
            String unrelated = "'wire/2025-11-26-thanksgiving-turkey-brine.txt'";
            assertThat(duck.one("SELECT duplicate_of = (SELECT article_id FROM " + parquet + " WHERE source_file = "
                            + original + ") FROM " + parquet + " WHERE source_file = " + resent))
                    .isEqualTo(true);
            assertThat(duck.one("SELECT duplicate_of FROM " + parquet + " WHERE source_file = " + original))
                    .isNull();
            assertThat(duck.one("SELECT count(DISTINCT story_id) FROM " + parquet + " WHERE source_file IN (" + original
                            + ", " + otherOutlet + ")"))
                    .isEqualTo(1L);
            assertThat(duck.one("SELECT count(*) FROM " + parquet + " a, " + parquet + " b WHERE a.source_file = "
                            + unrelated + " AND b.source_file = " + original + " AND a.story_id = b.story_id"))
                    .isEqualTo(0L);
            assertThat(duck.count("SELECT count(*) FROM " + parquet + " WHERE story_id IS NULL"))
                    .isZero();
            assertThat(duck.count("SELECT count(*) FROM read_parquet('" + TestFiles.sql(run) + "/quotes/*.parquet')"))
                    .isPositive();
            assertThat(duck.count("SELECT count(*) FROM read_csv_auto('" + TestFiles.sql(run)
                            + "/name_candidates.csv') WHERE name = 'Selin Arslan'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void jobRepositoryAndLineageRecordTheRun() throws Exception {
        long files = TestFiles.countFiles(input);
        try (Connection h2 = DriverManager.getConnection(
                        "jdbc:h2:file:" + output.resolve("_meta/newsetl") + ";AUTO_SERVER=TRUE", "sa", "");
                Statement st = h2.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("COMPLETED");
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = st.executeQuery("SELECT SUM(READ_COUNT), SUM(WRITE_COUNT), COUNT(*)"
                    + " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extract-partition:%'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(files);
                assertThat(rs.getLong(2)).isEqualTo(files);
                assertThat(rs.getLong(3)).isEqualTo((files + 3) / 4);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(ROW_COUNT) FROM NEWSETL_PUBLISHED_FILE"
                    + " WHERE FORMAT = 'parquet' AND TABLE_NAME = 'articles'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo((files + 3) / 4);
                assertThat(rs.getLong(2)).isEqualTo(files - 1);
            }
        }
    }
}
