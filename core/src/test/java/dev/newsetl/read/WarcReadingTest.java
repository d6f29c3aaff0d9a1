package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import dev.newsetl.testing.WarcFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files through the listing (records found by a scan) and the loader (one record by its offset). */
class WarcReadingTest {
    private static final Instant FETCHED = Instant.parse("2024-03-05T06:07:08Z");

    private static byte[] crawl(boolean gzip) throws Exception {
        WarcFiles warc = new WarcFiles(gzip).warcinfo();
        warc.page("https://news.example/a/1", "<html><body><p>Şehirde ilk haber.</p></body></html>", FETCHED);
        warc.metadata("https://news.example/a/1");
        warc.request("https://news.example/missing");
        warc.response("https://news.example/missing", 404, "text/html", "<p>gone</p>".getBytes(), FETCHED);
        warc.request("https://news.example/logo.png");
        warc.response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}, FETCHED);
        warc.request("https://news.example/a/2");
        warc.response(
                "https://news.example/a/2",
                200,
                "text/html; charset=windows-1254",
                "<html><p>İkinci haber: Kalın konuştu.</p></html>"
                        .getBytes(java.nio.charset.Charset.forName("windows-1254")),
                FETCHED.plusSeconds(60));
        return warc.toByteArray();
    }

    static List<ListedFile> list(Path root, InputLimits limits, SkippedRecords[] skipped) {
        ContainerListing listing = new ContainerListing(
                new InputTree(root, Set.of("warc", "jsonl", "ndjson", "json", "txt")),
                InputFileLoader.localFiles(root),
                limits);
        List<ListedFile> listed = new ArrayList<>();
        listing.list(listed::add);
        if (skipped != null) {
            skipped[0] = listing.skipped();
        }
        return listed;
    }

    static List<InputDocument> load(Path root, List<ListedFile> listed, InputLimits limits) {
        try (InputFileLoader loader =
                new InputFileLoader(InputFileLoader.localFiles(root), limits, JsonFieldMapping.DEFAULTS)) {
            return listed.stream().map(loader::load).toList();
        }
    }

    @Test
    void eachHtmlResponseWithStatus200IsOneArticleAndTheOtherRecordsAreCounted(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("cc"));
        Files.write(root.resolve("cc/news.warc.gz"), crawl(true));
        SkippedRecords[] skipped = new SkippedRecords[1];

        List<ListedFile> listed = list(root, InputLimits.DEFAULTS, skipped);
        List<InputDocument> docs = load(root, listed, InputLimits.DEFAULTS);

        assertThat(listed).hasSize(2).allSatisfy(f -> assertThat(f.rejected()).isNull());
        assertThat(skipped[0].byKind())
                .isEqualTo(Map.of("warcinfo", 1L, "metadata", 1L, "request", 4L, "not_200", 1L, "not_html", 1L));
        assertThat(listed.get(0).recordOffset()).isPositive();
        assertThat(docs.get(0).relativePath())
                .isEqualTo("cc/news.warc.gz#" + listed.get(0).recordOffset());
        assertThat(docs.get(0).source()).isEqualTo("cc");
        assertThat(new String(docs.get(0).bytes(), StandardCharsets.UTF_8)).contains("Şehirde ilk haber.");
        assertThat(docs.get(0).hints().isHtml()).isTrue();
        assertThat(docs.get(0).hints().url()).isEqualTo("https://news.example/a/1");
        assertThat(docs.get(0).hints().fetchedAt()).isEqualTo(FETCHED);
        assertThat(docs.get(1).hints().charset()).isEqualTo("windows-1254");
        assertThat(docs.get(1).hints().fetchedAt()).isEqualTo(FETCHED.plusSeconds(60));
        assertThat(new String(docs.get(1).bytes(), "windows-1254")).contains("İkinci haber");
    }

    @Test
    void plainWholeGzipAndZstdWarcsGiveTheSameArticles(@TempDir Path root) throws Exception {
        byte[] plain = crawl(false);
        Files.createDirectories(root.resolve("a"));
        Files.write(root.resolve("a/plain.warc"), plain);
        Files.write(root.resolve("a/whole.warc.gz"), WarcFiles.gzipWhole(plain));
        Files.write(root.resolve("a/frames.warc.zst"), WarcFiles.zstd(plain));
        Files.write(root.resolve("a/records.warc.gz"), crawl(true));

        List<ListedFile> listed = list(root, InputLimits.DEFAULTS, null);
        List<InputDocument> docs = load(root, listed, InputLimits.DEFAULTS);

        assertThat(listed)
                .hasSize(8)
                .allSatisfy(f -> assertThat(f.rejected()).as(f.id()).isNull());
        assertThat(docs)
                .extracting(d -> d.hints().url())
                .containsExactly(
                        "https://news.example/a/1",
                        "https://news.example/a/2",
                        "https://news.example/a/1",
                        "https://news.example/a/2",
                        "https://news.example/a/1",
                        "https://news.example/a/2",
                        "https://news.example/a/1",
                        "https://news.example/a/2");
        assertThat(docs).allSatisfy(d -> assertThat(d.unreadable()).isNull());
        // The uncompressed and the stream-compressed files' offsets agree: both count decompressed bytes.
        assertThat(listed.get(0).recordOffset()).isEqualTo(listed.get(6).recordOffset());
        assertThat(listed.get(2).recordOffset()).isEqualTo(listed.get(6).recordOffset());
    }

    @Test
    void aRecordWhoseLengthLiesIsARejectAndTheRestIsRead(@TempDir Path root) throws Exception {
        String good = new String(
                new WarcFiles(false)
                        .page("https://x.example/ok", "<p>fine page</p>", FETCHED)
                        .toByteArray(),
                StandardCharsets.ISO_8859_1);
        String liar = new String(
                new WarcFiles(false)
                        .response("https://x.example/liar", 200, "text/html", "<p>the liar</p>".getBytes(), FETCHED)
                        .toByteArray(),
                StandardCharsets.ISO_8859_1);
        String tooShort = liar.replaceFirst("Content-Length: (\\d+)", "Content-Length: 40");
        String tooLong = liar.replaceFirst("Content-Length: (\\d+)", "Content-Length: 100000");
        Files.createDirectories(root.resolve("x"));
        Files.writeString(root.resolve("x/short.warc"), good + tooShort + good, StandardCharsets.ISO_8859_1);
        Files.writeString(root.resolve("x/long.warc"), good + tooLong + good, StandardCharsets.ISO_8859_1);

        List<ListedFile> listed = list(root, InputLimits.DEFAULTS, null);
        List<InputDocument> docs = load(root, listed, InputLimits.DEFAULTS);

        int first = good.length();
        assertThat(listed.stream()
                        .map(f -> f.relativePath() + "#" + f.recordOffset() + " "
                                + (f.rejected() == null ? "-" : f.rejected())))
                .containsExactly(
                        "x/long.warc#" + good.indexOf("WARC/1.", 1) + " -",
                        "x/long.warc#" + first + " MALFORMED_RECORD",
                        "x/long.warc#" + (first + tooLong.length() + good.indexOf("WARC/1.", 1)) + " -",
                        "x/short.warc#" + good.indexOf("WARC/1.", 1) + " -",
                        "x/short.warc#" + first + " MALFORMED_RECORD",
                        "x/short.warc#" + (first + tooShort.length() + good.indexOf("WARC/1.", 1)) + " -");
        assertThat(docs.get(2).hints().url()).isEqualTo("https://x.example/ok");
        assertThat(new String(docs.get(5).bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>fine page</p>");
    }

    @Test
    void aTruncatedGzipMemberIsARejectAndTheNextMembersAreRead(@TempDir Path root) throws Exception {
        byte[] one = new WarcFiles(true)
                .page("https://t.example/1", "<p>first page text</p>", FETCHED)
                .toByteArray();
        byte[] member = new WarcFiles(true)
                .response(
                        "https://t.example/2",
                        200,
                        "text/html",
                        ("<p>" + "second page ".repeat(50) + "</p>").getBytes(),
                        FETCHED)
                .toByteArray();
        byte[] three = new WarcFiles(true)
                .page("https://t.example/3", "<p>third page text</p>", FETCHED)
                .toByteArray();
        byte[] cut = java.util.Arrays.copyOf(member, member.length / 2);
        Files.createDirectories(root.resolve("t"));
        Files.write(root.resolve("t/cut.warc.gz"), concat(one, cut, three));

        List<ListedFile> listed = list(root, InputLimits.DEFAULTS, null);
        List<InputDocument> docs = load(root, listed, InputLimits.DEFAULTS);

        assertThat(listed)
                .extracting(ListedFile::rejected)
                .containsExactly(null, RejectReason.CORRUPT_COMPRESSION, null);
        assertThat(listed.get(1).recordOffset()).isEqualTo(one.length);
        assertThat(docs.get(2).hints().url()).isEqualTo("https://t.example/3");
        assertThat(docs.get(0).hints().url()).isEqualTo("https://t.example/1");
    }

    @Test
    void aPageOverTheRecordLimitIsARejectAtItsOffset(@TempDir Path root) throws Exception {
        WarcFiles warc = new WarcFiles(true);
        warc.page("https://big.example/small", "<p>small</p>", FETCHED);
        warc.page("https://big.example/huge", "<p>" + "x".repeat(50_000) + "</p>", FETCHED);
        warc.page("https://big.example/after", "<p>after</p>", FETCHED);
        Files.createDirectories(root.resolve("b"));
        Files.write(root.resolve("b/big.warc.gz"), warc.toByteArray());
        InputLimits limits = new InputLimits(5L << 20, 1L << 30, 20_000, 1L << 20, 64);

        List<ListedFile> listed = list(root, limits, null);
        List<InputDocument> docs = load(root, listed, limits);

        assertThat(listed).extracting(ListedFile::rejected).containsExactly(null, RejectReason.RECORD_TOO_LARGE, null);
        assertThat(docs.get(1).unreadable().reason()).isEqualTo(RejectReason.RECORD_TOO_LARGE);
        assertThat(docs.get(2).hints().url()).isEqualTo("https://big.example/after");
    }

    @Test
    void aWarcThatInflatesPastTheLimitEndsInOneReject(@TempDir Path root) throws Exception {
        WarcFiles warc = new WarcFiles(false);
        for (int i = 0; i < 20; i++) {
            warc.page("https://z.example/" + i, "<p>" + " ".repeat(100_000) + i + "</p>", FETCHED);
        }
        Files.createDirectories(root.resolve("z"));
        Files.write(root.resolve("z/bomb.warc.zst"), WarcFiles.zstd(warc.toByteArray()));
        InputLimits limits = new InputLimits(5L << 20, 1_000_000, 1L << 20, 1L << 20, 64);

        List<ListedFile> listed = list(root, limits, null);

        assertThat(Files.size(root.resolve("z/bomb.warc.zst"))).isLessThan(20_000);
        assertThat(listed.get(listed.size() - 1).rejected()).isEqualTo(RejectReason.INFLATED_TOO_LARGE);
        assertThat(listed.subList(0, listed.size() - 1))
                .hasSizeBetween(5, 10)
                .allSatisfy(f -> assertThat(f.rejected()).isNull());
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
