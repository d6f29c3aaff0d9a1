package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The encoding the decoder finds for every file of the real corpora in ../shared/realworld/text. A file that is valid
 * UTF-8 must be read as UTF-8; any other is in its corpus' legacy code page (the Turkish corpora: windows-1254; the
 * English ones: windows-1252), and its text must show it: no C1 control left (what a wrong Latin code page makes of
 * curly quotes), and a Turkish file with letters beyond ASCII has ğ, ı or ş (what windows-1252 would lose). Figures
 * in docs/QUALITY.md ("Legacy code pages"); this fails below the bar.
 */
class RealCorporaEncodingTest {
    private static final Map<String, String> LEGACY_CODE_PAGE = Map.of(
            "bbc-news", "windows-1252",
            "reuters21578", "windows-1252",
            "newspaper3k-text", "windows-1252",
            "kemik-1150haber", "windows-1254",
            "ttc-3600", "windows-1254",
            "tr-financial-news", "windows-1254");

    /** Measured 78 of 78 legacy files (77 Kemik, 1 BBC), with ICU4J and with Tika's port of its detector alike. */
    private static final double MIN_LEGACY_ACCURACY = 0.97;

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void everyFileIsReadInItsEncoding() throws IOException {
        assumeTrue(SharedData.present("realworld/text"), "../shared/realworld/text is not here");
        Path text = SharedData.resolve("realworld/text");
        int legacy = 0;
        int legacyRight = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> corpus : LEGACY_CODE_PAGE.entrySet()) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(text.resolve(corpus.getKey()))) {
                paths = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path path : paths) {
                byte[] bytes = Files.readAllBytes(path);
                boolean utf8 = TextDecoder.decodeStrictly(bytes, 0, StandardCharsets.UTF_8) != null;
                String expected = utf8 ? "UTF-8" : corpus.getValue();
                Decoded decoded = decoder.decode(bytes);
                boolean right = decoded instanceof DecodedText t
                        && (startsWithBom(bytes) || t.encoding().equals(expected))
                        && readsRight(t.text(), expected);
                if (!utf8) {
                    legacy++;
                    legacyRight += right ? 1 : 0;
                }
                if (!right) {
                    wrong.add(text.relativize(path) + " -> " + decoded);
                }
            }
        }
        System.out.printf("real corpora legacy code pages: %d/%d read right; wrong %s%n", legacyRight, legacy, wrong);
        assertThat(legacy).as("legacy code page files").isGreaterThanOrEqualTo(50);
        assertThat(legacyRight / (double) legacy).as("wrong %s", wrong).isGreaterThanOrEqualTo(MIN_LEGACY_ACCURACY);
        assertThat(wrong).as("UTF-8 files are read as UTF-8").hasSize(legacy - legacyRight);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean readsRight(String text, String encoding) {
        if (encoding.equals("UTF-8")) {
            return true; // some UTF-8 files of TTC-3600 carry C1 controls themselves: damage from before us
        }
        if (text.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F)) {
            return false;
        }
        boolean beyondAscii =
                text.chars().anyMatch(Character::isLetter) && text.chars().anyMatch(c -> c > 0x7F);
        return !encoding.equals("windows-1254") || !beyondAscii || text.matches("(?s).*[ğışŞĞİ].*");
    }
}
