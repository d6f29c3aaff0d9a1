package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineCleanerTest {

    @Test
    void spacesOfEveryKindBecomeOneAndTheEndsAreTrimmed() {
        assertThat(LineCleaner.clean("\u00A0 Kalın\tmet\u2009\u2009Fidan \u200Btoday\uFEFF "))
                .isEqualTo("Kalın met Fidan today");
        assertThat(LineCleaner.clean("a\u0001b")).isEqualTo("a b");
        assertThat(LineCleaner.clean(" \t ")).isEmpty();
    }

    @Test
    void aCleanLineIsReturnedAsItIs() {
        String line = "“We will return,” Kalın said — İstanbul’s talks…";
        assertThat(LineCleaner.clean(line)).isSameAs(line);
    }

    @Test
    void theShortcutAgreesWithTheFullRewriteOnRandomLines() {
        char[] alphabet = {
            'a', 'Z', '.', ' ', ' ', '\t', '\u00A0', '\u2009', '\u200B', '\uFEFF', '\u0001', '\u007F', 'İ', 'ı', '’',
            '“', '—', '…', '\u2028', '\u2029', '\u0301', '\u3000', '\u0085', 'é'
        };
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                line.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = line.toString();
            assertThat(LineCleaner.clean(s))
                    .as("line %s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(LineCleaner.rewrite(s));
        }
    }
}
