package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two runs of different dates into one output root, read back the way docs/ANALYTICS.md tells an analyst to:
 * Hive-partitioned Parquet with the documented types, the CSV with the same rows, usable list columns, latest,
 * report.html, and every DuckDB snippet of the doc executed as written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsOutputTest {
    static final String FIRST = "2026-01-30";
    static final String SECOND = "2026-01-31";

    Path input;
    Path output;
    long firstArticles;
    long secondArticles;

    @BeforeAll
    void twoRuns(@TempDir Path temp) throws Exception {
        input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        output = temp.resolve("output");
        Cli.Result first = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=" + FIRST,
                "--newsetl.job.partition-size=8");
        assertThat(first.exitCode()).as(first.err()).isZero();
        // The second day's input has one more article and one more reject.
        Files.writeString(input.resolve("wire/2026-01-31-ankara-budget-vote.txt"), """
                Ankara lawmakers pass the 2026 budget after a night session

                Lawmakers in Ankara approved the 2026 budget early on Saturday after a session that ran past
                midnight, with Recep Tayyip Erdoğan's party and its allies voting in favour.

                The opposition said the spending plan did too little for pensioners in Istanbul and elsewhere.
                """, StandardCharsets.UTF_8);
        Files.write(input.resolve("wire/empty.txt"), new byte[0]);
        // --full: every file again, so both runs hold the whole input (incremental runs are tested elsewhere).
        Cli.Result second = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=" + SECOND,
                "--newsetl.job.partition-size=8",
                "--full");
        assertThat(second.exitCode()).as(second.err()).isZero();
        firstArticles = manifest(FIRST).get("counts").get("articles").asLong();
        secondArticles = manifest(SECOND).get("counts").get("articles").asLong();
    }

    JsonNode manifest(String runDate) throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(
                        output.resolve("run_date=" + runDate + "/manifest.json").toFile());
    }

    String out() {
        return TestFiles.sql(output);
    }

    @Test
    void hivePartitionedParquetReturnsBothRunsWithTheDocumentedTypes() throws Exception {
        assertThat(secondArticles).isEqualTo(firstArticles + 1);
        try (DuckDb duck = new DuckDb()) {
            String articles = "read_parquet('" + out() + "/*/articles/*.parquet', hive_partitioning=true)";
            assertThat(duck.rows("SELECT CAST(run_date AS VARCHAR), count(*) FROM " + articles
                            + " GROUP BY run_date ORDER BY run_date"))
                    .containsExactly(List.of(FIRST, firstArticles), List.of(SECOND, secondArticles));
            Map<String, String> types = types(duck, "SELECT * FROM " + articles);
            assertThat(types)
                    .containsEntry("run_date", "DATE")
                    .containsEntry("article_id", "VARCHAR")
                    .containsEntry("published_at", "TIMESTAMP WITH TIME ZONE")
                    .containsEntry("published_date", "DATE")
                    .containsEntry("ingested_at", "TIMESTAMP WITH TIME ZONE")
                    .containsEntry("persons", "VARCHAR[]")
                    .containsEntry("quotes", "VARCHAR[]")
                    .containsEntry("paragraph_count", "INTEGER")
                    .containsEntry("word_count", "INTEGER")
                    .containsEntry("simhash", "BIGINT");
            Map<String, String> entities = types(
                    duck, "SELECT * FROM read_parquet('" + out() + "/*/entities/*.parquet', hive_partitioning=true)");
            assertThat(entities)
                    .containsEntry("mentions", "INTEGER")
                    .containsEntry("surface_forms", "VARCHAR[]")
                    .containsEntry("run_date", "DATE");
            assertThat(duck.count("SELECT count(*) FROM " + articles
                            + " WHERE published_date <> CAST(published_at AT TIME ZONE 'UTC' AS DATE)"))
                    .isZero();
            assertThat(duck.count("SELECT count(*) FROM " + articles + " WHERE published_date IS NOT NULL"))
                    .isPositive();
        }
    }

    @Test
    void parquetIsCompressedDictionaryEncodedAndHasStatistics() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            String meta = "parquet_metadata('" + out() + "/run_date=" + FIRST + "/articles/*.parquet')";
            assertThat(duck.rows("SELECT DISTINCT compression FROM " + meta)).containsExactly(List.of("ZSTD"));
            assertThat(duck.count("SELECT count(*) FROM " + meta + " WHERE path_in_schema = 'source'"
                            + " AND encodings LIKE '%DICTIONARY%'"))
                    .isPositive();
            // Free text unique per row is written plainly: a dictionary would be built and then abandoned.
            for (String text : List.of("body", "body_normalized", "article_id")) {
                assertThat(duck.count("SELECT count(*) FROM " + meta + " WHERE path_in_schema = '" + text + "'"
                                + " AND encodings LIKE '%DICTIONARY%'"))
                        .as(text)
                        .isZero();
                assertThat(duck.count("SELECT count(*) FROM " + meta + " WHERE path_in_schema = '" + text + "'"))
                        .as(text)
                        .isPositive();
            }
            assertThat(duck.count("SELECT count(*) FROM " + meta + " WHERE path_in_schema = 'published_date'"
                            + " AND stats_min IS NOT NULL AND stats_max IS NOT NULL"))
                    .isPositive();
            assertThat(duck.count("SELECT count(*) FROM " + meta + " WHERE path_in_schema = 'word_count'"
                            + " AND stats_min IS NOT NULL"))
                    .isPositive();
        }
    }

    @Test
    void csvHasTheSameRowsWithSensibleTypesAndUsableLists() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            String run = out() + "/run_date=" + SECOND;
            String parquet = "read_parquet('" + run + "/articles/*.parquet')";
            String csv = "read_csv_auto('" + run + "/articles.csv')";
            Map<String, String> types = types(duck, "SELECT * FROM " + csv);
            assertThat(types)
                    .containsEntry("published_at", "TIMESTAMP WITH TIME ZONE")
                    .containsEntry("published_date", "DATE")
                    .containsEntry("word_count", "BIGINT")
                    .containsEntry("simhash", "BIGINT")
                    .containsEntry("article_id", "VARCHAR");
            String columns = "article_id, published_at, published_date, word_count, simhash, title, body";
            assertThat(duck.count("SELECT count(*) FROM " + csv)).isEqualTo(secondArticles);
            assertThat(duck.count("SELECT count(*) FROM (SELECT " + columns + " FROM " + parquet + " EXCEPT SELECT "
                            + columns + " FROM " + csv + ")"))
                    .isZero();
            // Lists: unnest on Parquet, from_json on CSV, same people either way.
            List<List<Object>> fromParquet =
                    duck.rows("SELECT article_id, unnest(persons) AS p FROM " + parquet + " ORDER BY 1, 2");
            List<List<Object>> fromCsv = duck.rows("SELECT article_id, unnest(from_json(persons, '[\"VARCHAR\"]'))"
                    + " AS p FROM " + csv + " ORDER BY 1, 2");
            assertThat(fromCsv).isEqualTo(fromParquet).isNotEmpty();
            assertThat(fromParquet).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("Recep Tayyip Erdoğan"));
        }
    }

    @Test
    void latestNamesTheNewestRunAndReportIsInEachRunAndManifest() throws Exception {
        assertThat(Files.readString(output.resolve("latest")).trim()).isEqualTo("run_date=" + SECOND);
        assertThat(output.resolve("latest.tmp")).doesNotExist();
        for (String date : List.of(FIRST, SECOND)) {
            Path report = output.resolve("run_date=" + date + "/report.html");
            String html = Files.readString(report);
            assertThat(html)
                    .startsWith("<!DOCTYPE html>")
                    .contains("news-etl run " + date)
                    .contains("<svg")
                    .doesNotContain("<script", "<link", "@import", "src=\"http", "url(")
                    .contains("Articles per source")
                    .contains("Top entities by mentions");
            JsonNode entry = null;
            for (JsonNode file : manifest(date).get("files")) {
                if (file.get("path").asString().equals("report.html")) {
                    entry = file;
                }
            }
            assertThat(entry).isNotNull();
            assertThat(entry.get("format").asString()).isEqualTo("html");
            assertThat(entry.get("bytes").asLong()).isEqualTo(Files.size(report));
        }
        String second = Files.readString(output.resolve("run_date=" + SECOND + "/report.html"));
        assertThat(second).contains("EMPTY").contains("Recep Tayyip Erdoğan");
    }

    /** Every ```sql block of docs/ANALYTICS.md, with output/ pointing at this test's output, runs and returns rows. */
    @Test
    void everyDuckDbSnippetOfTheAnalyticsDocRuns() throws Exception {
        List<String> blocks = sqlBlocks(Files.readString(Path.of("docs/ANALYTICS.md"), StandardCharsets.UTF_8));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
        try (DuckDb duck = new DuckDb()) {
            for (String block : blocks) {
                String sql = block.replace("'output/", "'" + out() + "/");
                List<String> statements = new ArrayList<>();
                for (String statement : sql.split(";\\s*\n")) {
                    if (!statement.isBlank()) {
                        statements.add(statement.strip().replaceAll(";$", ""));
                    }
                }
                for (String statement : statements) {
                    if (statement.startsWith("SELECT")) {
                        assertThat(duck.rows(statement)).as(statement).isNotEmpty();
                    } else {
                        duck.execute(statement);
                    }
                }
            }
            assertThat(duck.count("SELECT count(*) FROM articles")).isEqualTo(firstArticles + secondArticles);
            assertThat(duck.one("SELECT getvariable('latest')")).isEqualTo("run_date=" + SECOND);
        }
    }

    static List<String> sqlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^```sql\\n(.*?)^```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static Map<String, String> types(DuckDb duck, String query) throws Exception {
        Map<String, String> types = new LinkedHashMap<>();
        for (List<Object> row : duck.rows("DESCRIBE " + query)) {
            types.put((String) row.get(0), (String) row.get(1));
        }
        return types;
    }
}
