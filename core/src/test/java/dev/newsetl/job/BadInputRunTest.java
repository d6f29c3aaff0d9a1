package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input becomes an article or a reject with a reason; nothing is lost, the run completes. */
class BadInputRunTest {
    private static final String TURKISH = "Ankara'da görüşme\n\nİbrahim Kalın, Hamas heyetini İstanbul'da ağırladı."
            + " Görüşmede ateşkesin ikinci aşaması ele alındı.\n";
    private static final String ENGLISH = "Talks in Cairo\n\nThe café owners in Cairo said the talks went on until"
            + " late, and Egypt's mediators were hopeful.\n";

    @Test
    void badFilesAreRejectedWithAReasonAndOddEncodingsAreDecoded(@TempDir Path temp) throws Exception {
        Path input = temp.resolve("input");
        Path good = Files.createDirectories(input.resolve("good"));
        Path bad = Files.createDirectories(input.resolve("bad"));
        Files.writeString(good.resolve("plain.txt"), ENGLISH, StandardCharsets.UTF_8);
        Files.write(
                good.resolve("bom-crlf.txt"),
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        ENGLISH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(good.resolve("cr-only.txt"), ENGLISH.replace("\n", "\r"), StandardCharsets.UTF_8);
        Files.write(good.resolve("cp1254.txt"), TURKISH.getBytes(Charset.forName("windows-1254")));
        Files.write(good.resolve("cp1252.txt"), ENGLISH.getBytes(Charset.forName("windows-1252")));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.writeString(bad.resolve("blank.txt"), "  \n\t\n \n");
        Files.write(bad.resolve("binary.txt"), new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2, 3, 0, (byte) 0xFF});
        byte[] broken = ("Mostly fine text about Gaza and Egypt " + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);
        // Bytes that are not UTF-8 and that windows-1252 and windows-1254 leave undefined: no charset explains them.
        broken[20] = (byte) 0x81;
        broken[21] = (byte) 0x8D;
        broken[22] = (byte) 0x90;
        Files.write(bad.resolve("invalid-utf8.txt"), broken);
        Files.writeString(bad.resolve("too-large.txt"), "Big\n\n" + "word ".repeat(1000));
        Files.writeString(bad.resolve("notes.md"), "# not an article\n");
        Files.writeString(bad.resolve("only-a-title.txt"), "Just a headline\n");
        Path outside = Files.writeString(temp.resolve("secret.txt"), ENGLISH);
        Files.createSymbolicLink(bad.resolve("link-outside.txt"), outside);
        Files.createSymbolicLink(bad.resolve("dangling.txt"), temp.resolve("missing.txt"));
        long files = 14;
        Path output = temp.resolve("output");

        Cli.Result result = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=2026-02-02",
                "--newsetl.input.max-file-size=2KB");
        assertThat(result.exitCode()).as(result.err()).isZero();

        Path run = output.resolve("run_date=2026-02-02");
        try (DuckDb duck = new DuckDb()) {
            Map<String, String> reasons = new HashMap<>();
            for (List<Object> row : duck.rows("SELECT source_file, reason FROM read_csv('" + TestFiles.sql(run)
                    + "/rejects.csv', header = true, all_varchar = true)")) {
                reasons.put((String) row.get(0), (String) row.get(1));
            }
            assertThat(reasons)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "bad/empty.txt", "EMPTY",
                            "bad/blank.txt", "EMPTY",
                            "bad/binary.txt", "BINARY",
                            "bad/invalid-utf8.txt", "UNDECODABLE",
                            "bad/too-large.txt", "TOO_LARGE",
                            "bad/notes.md", "NOT_ARTICLE",
                            "bad/only-a-title.txt", "NO_BODY",
                            "bad/link-outside.txt", "OUTSIDE_ROOT",
                            "bad/dangling.txt", "UNREADABLE"));
            Map<String, String> encodings = new HashMap<>();
            for (List<Object> row : duck.rows("SELECT source_file, encoding, body FROM read_parquet('"
                    + TestFiles.sql(run) + "/articles/*.parquet')")) {
                encodings.put((String) row.get(0), (String) row.get(1));
                assertThat((String) row.get(2))
                        .doesNotContain("\r")
                        .doesNotContain("\uFFFD")
                        .doesNotContain("\uFEFF");
            }
            assertThat(encodings)
                    .containsEntry("good/cp1254.txt", "windows-1254")
                    .containsEntry("good/cp1252.txt", "windows-1252")
                    .containsEntry("good/bom-crlf.txt", "UTF-8")
                    .containsEntry("good/plain.txt", "UTF-8")
                    .containsKey("good/cr-only.txt");
            assertThat(duck.one("SELECT body FROM read_parquet('" + TestFiles.sql(run)
                            + "/articles/*.parquet') WHERE source_file = 'good/cp1254.txt'"))
                    .asString()
                    .contains("İbrahim Kalın")
                    .contains("ağırladı");
            assertThat((long) encodings.size() + reasons.size()).isEqualTo(files);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
