package dev.newsetl.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.cli.Commands;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The Spark runner (local[2]) and the Spring Batch job on the same copy of the bundled input/, same run date and
 * ingested_at: every table must come out row for row the same, read back by DuckDB. The job reads the local copy,
 * the Spark runner the same files from a real in-process HDFS (MiniDFSCluster), as it would on a cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRunTest {
    static final Instant INGESTED_AT = Instant.parse("2026-01-30T06:00:00Z");
    static final String RUN_DATE = "2026-01-30";

    Path input;
    Path jobRun;
    Path sparkRun;
    int jobExitCode;
    String jobErr;
    SparkRun.Summary summary;
    Path hdfsBase;
    MiniDFSCluster hdfs;

    /** Makes the job's ingested_at (and its "date in the future" limit) the Spark run's. */
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(INGESTED_AT, ZoneOffset.UTC);
        }
    }

    @BeforeAll
    void runBoth(@TempDir Path temp) throws Exception {
        input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        // Rejects of both kinds: one decided at listing time, one by the extractor.
        Files.write(input.resolve("wire/empty-file.txt"), new byte[0]);
        Files.writeString(input.resolve("wire/editor-notes.md"), "Not an article: kept next to the wire copy.\n");
        // Container files: the executors split them into records with the job's own scan.
        Files.createDirectories(input.resolve("cc"));
        dev.newsetl.testing.WarcFiles warc = new dev.newsetl.testing.WarcFiles(true).warcinfo();
        for (int i = 0; i < 2; i++) {
            warc.page(
                    "https://haber.example/" + i,
                    "<html><body><p>Dışişleri Bakanı Hakan Fidan Ankara'da " + i
                            + ". kez Mısırlı mevkidaşıyla görüştü.</p><p>Görüşmede Gazze ele alındı.</p></body></html>",
                    Instant.parse("2026-01-29T10:00:00Z").plusSeconds(i));
            warc.metadata("https://haber.example/" + i);
        }
        Files.write(input.resolve("cc/news.warc.gz"), warc.toByteArray());
        Files.writeString(
                input.resolve("cc/feed.jsonl"),
                "{\"title\": \"Fidan Kahire'de\", \"maintext\":"
                        + " \"Hakan Fidan Kahire'de görüştü.\\n\\nGörüşmede ateşkes ele alındı.\", \"date_publish\":"
                        + " \"2026-01-28\", \"authors\": [\"Ayşe Yılmaz\"]}\n{\"headline\": \"Talks\", \"content\":"
                        + " \"<p>The talks in Cairo went on.</p>\", \"url\": \"https://wire.example/t\"}\n",
                StandardCharsets.UTF_8);

        // Both engines with the recognizer on: the test class path's .tags model (TaggingRecognizerProvider).
        Path model = temp.resolve("names.tags");
        Files.writeString(
                model,
                "PERSON\tSelin Arslan\nPERSON\tArslan\nLOCATION\tAthens\nLOCATION\tBosporus\n"
                        + "LOCATION\tNorth Sinai\nLOCATION\tMaximos Mansion\nORGANIZATION\tLevant Wire\n",
                StandardCharsets.UTF_8);
        Path jobOutput = temp.resolve("job-output");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        jobExitCode = new Commands(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        springArgs -> {
                            SpringApplication app =
                                    new SpringApplication(dev.newsetl.NewsEtlApplication.class, FixedClock.class);
                            app.setWebApplicationType(WebApplicationType.NONE);
                            app.setBannerMode(Banner.Mode.OFF);
                            app.setLogStartupInfo(false);
                            return app.run(springArgs);
                        })
                .execute(new String[] {
                    "run",
                    "--input=" + input,
                    "--output=" + jobOutput,
                    "--run-date=" + RUN_DATE,
                    "--newsetl.job.partition-size=4",
                    "--newsetl.job.threads=2",
                    "--newsetl.names.model=" + model
                });
        jobErr = err.toString(StandardCharsets.UTF_8);
        jobRun = jobOutput.resolve("run_date=" + RUN_DATE);

        hdfsBase = Files.createTempDirectory(Path.of("target"), "minidfs-spark-");
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, hdfsBase.toAbsolutePath().toString());
        hdfs = new MiniDFSCluster.Builder(conf, hdfsBase.toFile())
                .numDataNodes(1)
                .build();
        hdfs.waitActive();
        String hdfsInput = hdfs.getFileSystem().getUri() + "/news/input";
        hdfs.getFileSystem()
                .copyFromLocalFile(
                        false,
                        true,
                        new org.apache.hadoop.fs.Path(input.toAbsolutePath().toUri()),
                        new org.apache.hadoop.fs.Path(hdfsInput));

        Path sparkOutput = temp.resolve("spark-output");
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("SparkRunTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        try {
            summary = new SparkRun(
                            spark,
                            SparkRunOptions.parse(
                                    "--input=" + hdfsInput,
                                    "--output=" + sparkOutput,
                                    "--run-date=" + RUN_DATE,
                                    "--dictionary=config/aliases.tsv",
                                    "--ingested-at=" + INGESTED_AT,
                                    "--partition-size=4",
                                    "--model=" + model))
                    .run();
        } finally {
            spark.stop();
        }
        sparkRun = sparkOutput.resolve("run_date=" + RUN_DATE);
    }

    @AfterAll
    void noSessionLeft() throws Exception {
        SparkSession.clearDefaultSession();
        SparkSession.clearActiveSession();
        if (hdfs != null) {
            hdfs.shutdown(true);
        }
        if (hdfsBase != null) {
            dev.newsetl.fs.FileTrees.delete(hdfsBase);
        }
    }

    @Test
    void publishesTheRunDirectoryWithSparksCommitMarkers() throws Exception {
        assertThat(jobExitCode).as(jobErr).isZero();
        assertThat(sparkRun.resolve("_SUCCESS")).exists();
        for (String table : List.of("articles", "entities", "quotes", "stories")) {
            assertThat(sparkRun.resolve(table)).isDirectoryContaining("glob:**/part-*.parquet");
            assertThat(sparkRun.resolve(table).resolve("_SUCCESS")).exists();
        }
        for (String table : List.of("articles", "entities", "quotes", "stories", "rejects", "name_candidates")) {
            assertThat(sparkRun.resolve("csv").resolve(table)).isDirectoryContaining("glob:**/part-*.csv");
        }
        assertThat(sparkRun.getParent().resolve("_staging")).doesNotExist();
        assertThat(summary.partitions()).isGreaterThan(1);
        // The two container files are two records each.
        assertThat(summary.articles() + summary.rejects()).isEqualTo(TestFiles.countFiles(input) + 2);
        // The plain files' two: the container records' pages go through the HTML path.
        assertThat(summary.rejects()).isEqualTo(2);
        assertThat(summary.recordsSkipped()).isEqualTo(java.util.Map.of("warcinfo", 1L, "request", 2L, "metadata", 2L));
    }

    @Test
    void parquetTablesHaveTheJobsColumnsAndTypesAndRows() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            for (String table : List.of("articles", "entities", "quotes", "stories")) {
                String job = "read_parquet('" + TestFiles.sql(jobRun) + "/" + table + "/*.parquet')";
                String spark = "read_parquet('" + TestFiles.sql(sparkRun) + "/" + table + "/*.parquet')";
                assertThat(duck.rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + spark + ")"))
                        .as(table)
                        .isEqualTo(
                                duck.rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + job + ")"));
                assertSameRows(duck, table, job, spark);
                assertThat(duck.count("SELECT count(*) FROM " + spark))
                        .as(table)
                        .isPositive();
            }
        }
    }

    @Test
    void articleIdsGroupingAndEntityRowsAreTheJobs() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            String job = TestFiles.sql(jobRun);
            String spark = TestFiles.sql(sparkRun);
            String ids = "SELECT source_file, article_id, duplicate_of, story_id, ingested_at FROM read_parquet('%s"
                    + "/articles/*.parquet') ORDER BY source_file";
            List<List<Object>> sparkIds = duck.rows(ids.formatted(spark));
            assertThat(sparkIds).isEqualTo(duck.rows(ids.formatted(job))).hasSize((int) summary.articles());
            assertThat(sparkIds).anySatisfy(row -> assertThat(row.get(2)).isNotNull()); // a near-duplicate is found
            String entities = "SELECT article_id, entity_id, name, type, mentions, CAST(surface_forms AS VARCHAR),"
                    + " found_by, confidence FROM read_parquet('%s/entities/*.parquet') ORDER BY article_id, entity_id";
            assertThat(duck.rows(entities.formatted(spark)))
                    .isEqualTo(duck.rows(entities.formatted(job)))
                    .hasSize((int) summary.entities());
            assertThat(duck.count("SELECT count(*) FROM read_parquet('" + spark + "/entities/*.parquet')"
                            + " WHERE found_by = 'recognized'"))
                    .isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void storiesTableHasOneRowPerStoryOfTheArticles() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            String spark = TestFiles.sql(sparkRun);
            String perStory = "SELECT story_id, count(*) FROM read_parquet('" + spark
                    + "/articles/*.parquet') GROUP BY story_id ORDER BY story_id";
            List<List<Object>> fromArticles = duck.rows(perStory);
            assertThat(duck.rows("SELECT story_id, CAST(articles AS BIGINT) FROM read_parquet('" + spark
                            + "/stories/*.parquet') ORDER BY story_id"))
                    .isEqualTo(fromArticles);
            assertThat(fromArticles)
                    .anySatisfy(row -> assertThat((Long) row.get(1)).isGreaterThan(1L));
        }
    }

    @Test
    void csvTablesRejectsAndNameCandidatesAreTheJobs() throws Exception {
        try (DuckDb duck = new DuckDb()) {
            for (String table : List.of("articles", "entities", "quotes", "stories", "rejects", "name_candidates")) {
                // Quote and escape given: sniffed per file, a part without quoted fields would change how the
                // glob's other parts are read.
                String job = "read_csv('" + TestFiles.sql(jobRun) + "/" + table + ".csv', header = true, quote = '\"',"
                        + " escape = '\"')";
                String spark = "read_csv('" + TestFiles.sql(sparkRun) + "/csv/" + table + "/*.csv', header = true,"
                        + " quote = '\"', escape = '\"')";
                assertSameRows(duck, table, job, spark);
            }
            assertThat(
                            duck.rows(
                                    "SELECT source_file, reason FROM read_csv('" + TestFiles.sql(sparkRun)
                                            + "/csv/rejects/*.csv', header = true) WHERE source_file LIKE 'wire/%' ORDER BY source_file"))
                    .containsExactly(
                            List.of("wire/editor-notes.md", "NOT_ARTICLE"), List.of("wire/empty-file.txt", "EMPTY"));
        }
    }

    private static void assertSameRows(DuckDb duck, String table, String job, String spark) throws Exception {
        assertThat(duck.count("SELECT count(*) FROM " + spark))
                .as(table)
                .isEqualTo(duck.count("SELECT count(*) FROM " + job));
        assertThat(duck.rows("SELECT * FROM " + job + " EXCEPT ALL SELECT * FROM " + spark))
                .as(table + ": job rows missing from Spark's")
                .isEmpty();
        assertThat(duck.rows("SELECT * FROM " + spark + " EXCEPT ALL SELECT * FROM " + job))
                .as(table + ": Spark rows not in the job's")
                .isEmpty();
    }
}
