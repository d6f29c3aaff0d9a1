package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import dev.newsetl.testing.WarcFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines and JSON arrays: one article per object, the producer's fields as hints, bad lines as rejects. */
class JsonReadingTest {
    private static final String NEWS_PLEASE = "{\"title\": \"Kalın Kahire'de\", \"maintext\": \"MİT Başkanı İbrahim"
            + " Kalın Kahire'de görüştü.\\n\\nGörüşmede ateşkes ele alındı.\", \"url\": \"https://haber.example/1\","
            + " \"date_publish\": \"2024-01-05 10:20:30\", \"authors\": [\"Ayşe Yılmaz\", \"Mehmet Kaya\"],"
            + " \"language\": \"tr\", \"source_domain\": \"haber.example\"}";
    private static final String SCRAPER = "{\"headline\": \"Talks resume\", \"body\": \"<p>The talks resumed in"
            + " Cairo.</p><p>Mediators were hopeful.</p>\", \"published_at\": \"2024-02-01T08:00:00+03:00\","
            + " \"author\": \"Jane Doe\", \"source\": \"Wire\"}";

    private static List<InputDocument> read(Path root, InputLimits limits, List<ListedFile> listed) {
        listed.addAll(WarcReadingTest.list(root, limits, null));
        return WarcReadingTest.load(root, listed, limits);
    }

    @Test
    void newsPleaseAndScraperNamesMapToTheHints(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("feed"));
        Files.writeString(
                root.resolve("feed/a.jsonl"), NEWS_PLEASE + "\n\n" + SCRAPER + "\r\n", StandardCharsets.UTF_8);
        List<ListedFile> listed = new java.util.ArrayList<>();

        List<InputDocument> docs = read(root, InputLimits.DEFAULTS, listed);

        assertThat(docs).hasSize(2);
        InputDocument np = docs.get(0);
        assertThat(np.relativePath()).isEqualTo("feed/a.jsonl#0");
        assertThat(np.hints().title()).isEqualTo("Kalın Kahire'de");
        assertThat(np.hints().url()).isEqualTo("https://haber.example/1");
        assertThat(np.hints().publishedAt()).isEqualTo(Instant.parse("2024-01-05T10:20:30Z"));
        assertThat(np.hints().dateSource()).isEqualTo("json");
        assertThat(np.hints().authors()).containsExactly("Ayşe Yılmaz", "Mehmet Kaya");
        assertThat(np.hints().language()).isEqualTo("tr");
        assertThat(np.hints().siteName()).isEqualTo("haber.example");
        assertThat(np.hints().isHtml()).isFalse();
        assertThat(new String(np.bytes(), StandardCharsets.UTF_8))
                .startsWith("Kalın Kahire'de\n\nMİT Başkanı İbrahim Kalın");
        InputDocument scraped = docs.get(1);
        assertThat(scraped.relativePath())
                .isEqualTo("feed/a.jsonl#"
                        + (NEWS_PLEASE.length()
                                + 2
                                + NEWS_PLEASE.getBytes(StandardCharsets.UTF_8).length
                                - NEWS_PLEASE.length()));
        assertThat(scraped.hints().isHtml()).isTrue();
        assertThat(scraped.hints().title()).isEqualTo("Talks resume");
        assertThat(scraped.hints().publishedAt()).isEqualTo(Instant.parse("2024-02-01T05:00:00Z"));
        assertThat(scraped.hints().authors()).containsExactly("Jane Doe");
        assertThat(scraped.hints().siteName()).isEqualTo("Wire");
        assertThat(new String(scraped.bytes(), StandardCharsets.UTF_8)).startsWith("<p>The talks");
    }

    @Test
    void badLinesAreRejectsWithTheirOwnReasonsAndTheRestIsRead(@TempDir Path root) throws Exception {
        String deep = "{\"text\": " + "[".repeat(100) + "1" + "]".repeat(100) + "}";
        String lines = String.join(
                "\n",
                NEWS_PLEASE,
                "this is not json",
                "{\"title\": \"no text\"}",
                deep,
                "{\"text\": \"" + "long ".repeat(400) + "\"}",
                "[1, 2]",
                "{\"text\": \"broken",
                SCRAPER);
        Files.createDirectories(root.resolve("f"));
        Files.writeString(root.resolve("f/mixed.ndjson"), lines, StandardCharsets.UTF_8);
        InputLimits limits = new InputLimits(5L << 20, 1L << 30, 1L << 20, 1000, 64);
        List<ListedFile> listed = new java.util.ArrayList<>();

        List<InputDocument> docs = read(root, limits, listed);

        assertThat(docs)
                .extracting(d -> d.unreadable() == null ? null : d.unreadable().reason())
                .containsExactly(
                        null,
                        RejectReason.NOT_JSON,
                        RejectReason.NO_TEXT,
                        RejectReason.JSON_TOO_DEEP,
                        RejectReason.LINE_TOO_LONG,
                        RejectReason.NOT_JSON,
                        RejectReason.NOT_JSON,
                        null);
        assertThat(docs.get(7).hints().title()).isEqualTo("Talks resume");
        assertThat(docs)
                .extracting(InputDocument::relativePath)
                .doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p).matches("f/mixed\\.ndjson#\\d+"));
    }

    @Test
    void aJsonArrayAndCompressedJsonLinesGiveOneArticlePerObject(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("j"));
        Files.writeString(
                root.resolve("j/array.json"),
                "\uFEFF[\n  " + NEWS_PLEASE + ",\n  " + SCRAPER
                        + ", \"scalar\", {\"text\": \"x\", \"nested\": {\"a\": [1, {\"b\": \"]}\"}]}}\n]\n",
                StandardCharsets.UTF_8);
        byte[] jsonl = (NEWS_PLEASE + "\n" + SCRAPER + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve("j/lines.jsonl.gz"), WarcFiles.gzipWhole(jsonl));
        Files.write(root.resolve("j/lines.jsonl.zst"), WarcFiles.zstd(jsonl));
        List<ListedFile> listed = new java.util.ArrayList<>();

        List<InputDocument> docs = read(root, InputLimits.DEFAULTS, listed);

        assertThat(docs)
                .extracting(d -> d.unreadable() == null
                        ? d.hints().title()
                        : d.unreadable().reason().name())
                .containsExactly(
                        "Kalın Kahire'de",
                        "Talks resume",
                        "NOT_JSON",
                        null,
                        "Kalın Kahire'de",
                        "Talks resume",
                        "Kalın Kahire'de",
                        "Talks resume");
        assertThat(new String(docs.get(3).bytes(), StandardCharsets.UTF_8)).isEqualTo("x");
    }

    @Test
    void aSmallGzipThatInflatesPastTheLimitIsARejectNotAnOutOfMemory(@TempDir Path root) throws Exception {
        byte[] zeros = new byte[50 << 20];
        java.util.Arrays.fill(zeros, (byte) ' ');
        Files.createDirectories(root.resolve("bomb"));
        Files.write(root.resolve("bomb/lines.jsonl.gz"), WarcFiles.gzipWhole(zeros));
        Files.write(root.resolve("bomb/text.txt.gz"), WarcFiles.gzipWhole(zeros));
        InputLimits limits = new InputLimits(1 << 20, 4 << 20, 1 << 20, 1 << 20, 64);
        List<ListedFile> listed = new java.util.ArrayList<>();

        List<InputDocument> docs = read(root, limits, listed);

        assertThat(Files.size(root.resolve("bomb/lines.jsonl.gz"))).isLessThan(100_000);
        assertThat(docs)
                .extracting(d -> d.relativePath() + " " + d.unreadable().reason())
                .containsExactly("bomb/lines.jsonl.gz#0 INFLATED_TOO_LARGE", "bomb/text.txt.gz TOO_LARGE");
    }

    @Test
    void aTruncatedGzipTextFileIsACorruptCompressionReject(@TempDir Path root) throws Exception {
        byte[] gz = WarcFiles.gzipWhole(
                "Başlık\n\nBir paragraf metin.\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(root.resolve("c"));
        Files.write(root.resolve("c/cut.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        Files.write(
                root.resolve("c/cut.jsonl.gz"),
                java.util.Arrays.copyOf(
                        WarcFiles.gzipWhole((NEWS_PLEASE + "\n").repeat(200).getBytes(StandardCharsets.UTF_8)), 300));
        List<ListedFile> listed = new java.util.ArrayList<>();

        List<InputDocument> docs = read(root, InputLimits.DEFAULTS, listed);

        assertThat(docs.get(docs.size() - 1).relativePath()).isEqualTo("c/cut.txt.gz");
        assertThat(docs.get(docs.size() - 1).unreadable().reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
        assertThat(docs.get(docs.size() - 2).unreadable().reason()).isEqualTo(RejectReason.CORRUPT_COMPRESSION);
        assertThat(docs.subList(0, docs.size() - 2))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.unreadable()).isNull());
    }
}
