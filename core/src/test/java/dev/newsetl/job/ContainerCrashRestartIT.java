package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.JarProcess;
import dev.newsetl.testing.JobRepositoryDb;
import dev.newsetl.testing.PublishedRun;
import dev.newsetl.testing.SharedData;
import dev.newsetl.testing.TestFiles;
import dev.newsetl.testing.WarcFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A WARC of real news pages (the shared evaluation pages, wrapped in request and response records here, at test
 * time) and a JSON Lines file: the real jar is killed with SIGKILL while it reads the WARC, the same command again
 * resumes inside it, and every record of both files is in the published run exactly once.
 */
class ContainerCrashRestartIT {
    // 120 pages: until the HTML extractor is merged the pages go through the text path at a few pages a second.
    private static final int PAGES = 120;
    private static final int COPIES = 1;
    private static final int LINES = 400;
    private static final int PARTITION_SIZE = 10;

    @Test
    void killedInsideAWarcTheRunResumesThereWithEveryRecordOnce(@TempDir Path temp) throws Exception {
        Path pages = SharedData.resolve("realworld/html-eval/pages");
        assumeTrue(Files.isDirectory(pages), "shared html-eval pages are absent");
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("cc"));
        Files.createDirectories(input.resolve("feed"));
        Set<String> expected = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(pages)) {
            files = listed.filter(p -> p.toString().endsWith(".html"))
                    .sorted()
                    .limit(PAGES)
                    .toList();
        }
        WarcFiles warc = new WarcFiles(input.resolve("cc/news.warc.gz"), true);
        warc.warcinfo();
        Instant fetched = Instant.parse("2025-10-01T00:00:00Z");
        for (int copy = 0; copy < COPIES; copy++) {
            for (int i = 0; i < files.size(); i++) {
                Path page = files.get(i);
                String url = "https://eval.example/" + copy + "/" + i + ".html";
                warc.request(url);
                expected.add("cc/news.warc.gz#" + warc.position());
                warc.response(url, 200, "text/html", Files.readAllBytes(page), fetched);
            }
        }
        warc.close();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            expected.add("feed/items.jsonl#" + jsonl.toString().getBytes(StandardCharsets.UTF_8).length);
            jsonl.append("{\"title\": \"Haber ")
                    .append(i)
                    .append("\", \"maintext\": \"Ankara'da bugün ")
                    .append(i)
                    .append(". toplantı yapıldı ve bakanlar bölgedeki son gelişmeleri ele aldı.\", \"url\":")
                    .append(" \"https://feed.example/")
                    .append(i)
                    .append("\"}\n");
        }
        Files.writeString(input.resolve("feed/items.jsonl"), jsonl, StandardCharsets.UTF_8);
        int warcRecords = COPIES * files.size();
        int listedRecords = warcRecords + LINES;
        int partitions = (listedRecords + PARTITION_SIZE - 1) / PARTITION_SIZE;
        Path output = temp.resolve("output");
        String[] command = {
            "run",
            "--input=" + input,
            "--output=" + output,
            "--run-date=2025-10-02",
            "--newsetl.job.partition-size=" + PARTITION_SIZE,
            "--newsetl.job.threads=2"
        };
        JobRepositoryDb db = new JobRepositoryDb(output);

        JarProcess first = JarProcess.start(temp.resolve("first.log"), command);
        first.await("the input listing", Duration.ofSeconds(300), () -> contains(first, "Listed " + listedRecords));
        first.await("two completed partitions", Duration.ofSeconds(300), () -> db.completedPartitions(null) >= 2);
        first.kill();
        assertThat(first.waitFor(Duration.ofSeconds(30))).isEqualTo(137);
        long completedBeforeKill = db.completedPartitions(1L);
        assertThat(completedBeforeKill)
                .as("the kill came while the WARC's partitions were being read")
                .isGreaterThanOrEqualTo(2)
                .isLessThan(warcRecords / PARTITION_SIZE);

        JarProcess second = JarProcess.start(temp.resolve("second.log"), command);
        assertThat(second.waitFor(Duration.ofSeconds(600))).as(second.log()).isZero();
        List<List<Object>> executions = db.executions();
        assertThat(executions).hasSize(2);
        long resumed = (Long) executions.get(1).get(0);
        assertThat(db.filesRead(resumed))
                .as("the second execution did not redo the first's partitions")
                .isLessThanOrEqualTo(listedRecords - completedBeforeKill * PARTITION_SIZE);
        assertThat(db.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + resumed
                        + " AND STEP_NAME LIKE 'extract-partition:%'"))
                .isEqualTo(partitions - completedBeforeKill);

        Path run = output.resolve("run_date=2025-10-02");
        List<String> seen = new ArrayList<>();
        try (DuckDb duck = new DuckDb()) {
            for (List<Object> row : duck.rows("SELECT source_file FROM read_parquet('" + TestFiles.sql(run)
                    + "/articles/*.parquet') UNION ALL SELECT source_file FROM read_csv('" + TestFiles.sql(run)
                    + "/rejects.csv', header = true, all_varchar = true)")) {
                seen.add((String) row.get(0));
            }
            assertThat(duck.count("SELECT count(*) FROM read_parquet('" + TestFiles.sql(run)
                            + "/articles/*.parquet') WHERE source = 'feed' AND url LIKE 'https://feed.example/%'"))
                    .isEqualTo(LINES);
        }
        assertThat(seen).as("every record once").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(seen)).isEqualTo(expected);
        JsonNode counts = PublishedRun.manifest(run).get("counts");
        assertThat(counts.get("files_read").asLong()).isEqualTo(listedRecords);
        assertThat(counts.get("skipped_request").asLong()).isEqualTo(warcRecords);
        assertThat(counts.get("records_read").asLong()).isEqualTo(listedRecords + warcRecords + 1);
    }

    private static boolean contains(JarProcess process, String text) {
        try {
            return process.log().contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
