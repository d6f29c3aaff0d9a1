package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.PublishedRun;
import dev.newsetl.testing.TestFiles;
import dev.newsetl.testing.WarcFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A run over a WARC, JSON Lines and a plain text file together: one row per record with its {@code path#offset},
 * the WARC's URL and fetch time, the JSON producer's fields; bad records as rejects with their own reasons; and
 * articles + rejects + skipped records = records read in the manifest.
 */
class ContainerInputRunTest {
    private static final Instant FETCHED = Instant.parse("2025-11-30T22:15:00Z");
    private static final String PARAGRAPHS = "<p>Dışişleri Bakanı Hakan Fidan Ankara'da basın toplantısı düzenledi"
            + " ve bölgedeki gelişmeleri değerlendirdi.</p><p>Fidan, görüşmelerin önümüzdeki hafta Kahire'de"
            + " süreceğini söyledi.</p>";

    @Test
    void warcAndJsonLinesRecordsBecomeRowsWithTheirContainersFields(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("cc"));
        Files.createDirectories(input.resolve("feed"));
        Files.createDirectories(input.resolve("plain"));
        WarcFiles warc = new WarcFiles(true).warcinfo();
        List<Long> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            warc.request("https://haber.example/" + i);
            responses.add((long) warc.toByteArray().length);
            warc.response(
                    "https://haber.example/" + i,
                    200,
                    "text/html; charset=UTF-8",
                    ("<html><head><title>Haber " + i + "</title></head><body>" + PARAGRAPHS + "</body></html>")
                            .getBytes(StandardCharsets.UTF_8),
                    FETCHED.plusSeconds(i));
            warc.metadata("https://haber.example/" + i);
        }
        warc.request("https://haber.example/gone");
        warc.response("https://haber.example/gone", 404, "text/html", "<p>gone</p>".getBytes(), FETCHED);
        Files.write(input.resolve("cc/news.warc.gz"), warc.toByteArray());
        String good = "{\"title\": \"Fidan Kahire'de\", \"maintext\": \"Dışişleri Bakanı Hakan Fidan Kahire'de"
                + " Mısırlı mevkidaşıyla görüştü.\\n\\nGörüşmede Gazze'deki ateşkes ele alındı ve iki bakan ortak"
                + " bir açıklama yaptı.\", \"url\": \"https://gazete.example/fidan\", \"date_publish\":"
                + " \"2025-11-29 09:30:00\", \"authors\": [\"Ayşe Yılmaz\"], \"language\": \"tr\","
                + " \"source_domain\": \"gazete.example\"}";
        String lines = good + "\nnot json at all\n{\"title\": \"only a title\"}\n";
        Files.writeString(input.resolve("feed/day.jsonl"), lines, StandardCharsets.UTF_8);
        Files.writeString(
                input.resolve("plain/a.txt"),
                "Talks in Cairo\n\nThe talks in Cairo went on until late,"
                        + " and the mediators said they were hopeful about the next round.\n",
                StandardCharsets.UTF_8);
        Path output = temp.resolve("output");

        Cli.Result result = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2025-12-01");
        assertThat(result.exitCode()).as(result.err()).isZero();

        Path run = output.resolve("run_date=2025-12-01");
        JsonNode counts = PublishedRun.manifest(run).get("counts");
        long articles = counts.get("articles").asLong();
        long rejects = counts.get("rejects").asLong();
        assertThat(counts.get("files_read").asLong()).isEqualTo(3 + 3 + 1).isEqualTo(articles + rejects);
        // warcinfo, 4 requests, 3 metadata, one 404
        assertThat(counts.get("records_skipped").asLong()).isEqualTo(9);
        assertThat(counts.get("skipped_request").asLong()).isEqualTo(4);
        assertThat(counts.get("skipped_not_200").asLong()).isEqualTo(1);
        assertThat(counts.get("records_read").asLong()).isEqualTo(articles + rejects + 9);
        assertThat(Files.readString(run.resolve("report.html"))).contains("skipped records");
        try (DuckDb duck = new DuckDb()) {
            String parquet = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            Map<String, String> reasons = new HashMap<>();
            for (List<Object> row : duck.rows("SELECT source_file, reason FROM read_csv('" + TestFiles.sql(run)
                    + "/rejects.csv', header = true, all_varchar = true)")) {
                reasons.put((String) row.get(0), (String) row.get(1));
            }
            int second = good.getBytes(StandardCharsets.UTF_8).length + 1;
            assertThat(reasons)
                    .containsEntry("feed/day.jsonl#" + second, "NOT_JSON")
                    .containsEntry("feed/day.jsonl#" + (second + "not json at all\n".length()), "NO_TEXT");
            List<Object> json = duck.rows("SELECT title, url, published_at::VARCHAR, date_source, authors::VARCHAR,"
                            + " site_name, language, source FROM " + parquet
                            + " WHERE source_file = 'feed/day.jsonl#0'")
                    .get(0);
            assertThat(json)
                    .containsExactly(
                            "Fidan Kahire'de",
                            "https://gazete.example/fidan",
                            "2025-11-29 09:30:00+00",
                            "json",
                            "[Ayşe Yılmaz]",
                            "gazete.example",
                            "tr",
                            "feed");
            assertThat(duck.one("SELECT body FROM " + parquet + " WHERE source_file = 'feed/day.jsonl#0'"))
                    .asString()
                    .startsWith("Dışişleri Bakanı Hakan Fidan Kahire'de");
            // The WARC's records: until the HTML extractor is merged they go through the text path, so each is
            // an article or a reject, with its record's offset and, as an article, the fetch time.
            List<String> warcRows = new ArrayList<>();
            for (List<Object> row : duck.rows("SELECT source_file FROM " + parquet + " WHERE source = 'cc'")) {
                warcRows.add((String) row.get(0));
            }
            reasons.keySet().stream().filter(k -> k.startsWith("cc/")).forEach(warcRows::add);
            assertThat(warcRows)
                    .containsExactlyInAnyOrderElementsOf(
                            responses.stream().map(o -> "cc/news.warc.gz#" + o).toList());
            for (List<Object> row : duck.rows(
                    "SELECT source_file, fetched_at::VARCHAR, url FROM " + parquet + " WHERE source = 'cc'")) {
                int i = responses.indexOf(Long.parseLong(((String) row.get(0)).substring("cc/news.warc.gz#".length())));
                assertThat(row.get(1)).isEqualTo("2025-11-30 22:15:0" + i + "+00");
                assertThat(row.get(2)).isEqualTo("https://haber.example/" + i);
            }
            assertThat(duck.count("SELECT count(*) FROM " + parquet + " WHERE source_file = 'plain/a.txt'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aLaterRunReadsOnlyTheRecordsOfNewOrChangedContainerFiles(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("input");
        Files.createDirectories(input.resolve("cc"));
        WarcFiles day1 = new WarcFiles(true).warcinfo();
        for (int i = 0; i < 2; i++) {
            day1.page("https://haber.example/d1/" + i, "<html><body>" + PARAGRAPHS + "</body></html>", FETCHED);
        }
        Files.write(input.resolve("cc/day1.warc.gz"), day1.toByteArray());
        Files.writeString(
                input.resolve("cc/feed.jsonl"),
                "{\"title\": \"Bir\", \"text\": \"Ankara'da bugün"
                        + " toplantı yapıldı ve bakanlar gelişmeleri ele aldı.\"}\n",
                StandardCharsets.UTF_8);
        Path output = temp.resolve("output");
        assertThat(Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2025-12-01")
                        .exitCode())
                .isZero();

        Files.write(
                input.resolve("cc/day2.warc.gz"),
                new WarcFiles(true)
                        .warcinfo()
                        .page("https://haber.example/d2/0", "<html><body>" + PARAGRAPHS + "</body></html>", FETCHED)
                        .toByteArray());
        Files.writeString(
                input.resolve("cc/feed.jsonl"),
                "{\"title\": \"İki\", \"text\": \"Ankara'da bugün"
                        + " ikinci toplantı yapıldı ve bakanlar gelişmeleri yeniden ele aldı.\"}\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(
                input.resolve("cc/feed.jsonl"),
                java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(input.resolve("cc/feed.jsonl"))
                                .toMillis()
                        + 5000));
        Cli.Result second = Cli.run("run", "--input=" + input, "--output=" + output, "--run-date=2025-12-02");
        assertThat(second.exitCode()).as(second.err()).isZero();

        Path run = output.resolve("run_date=2025-12-02");
        JsonNode counts = PublishedRun.manifest(run).get("counts");
        // day2's one page and both lines of the changed JSON Lines file; day1 is not even scanned again.
        assertThat(counts.get("files_read").asLong()).isEqualTo(3);
        assertThat(counts.get("records_skipped").asLong()).isEqualTo(2); // day2's warcinfo and request
        List<String> rows = new ArrayList<>();
        try (DuckDb duck = new DuckDb()) {
            for (List<Object> row : duck.rows("SELECT source_file FROM read_parquet('" + TestFiles.sql(run)
                    + "/articles/*.parquet') UNION ALL SELECT source_file FROM read_csv('" + TestFiles.sql(run)
                    + "/rejects.csv', header = true, all_varchar = true)")) {
                rows.add((String) row.get(0));
            }
        }
        assertThat(rows)
                .hasSize(3)
                .noneMatch(r -> r.startsWith("cc/day1.warc.gz"))
                .anyMatch(r -> r.startsWith("cc/day2.warc.gz#"))
                .contains("cc/feed.jsonl#0");
    }
}
