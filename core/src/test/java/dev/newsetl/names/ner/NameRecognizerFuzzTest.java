package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.RecognizedName;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the bundled recognizer: random text over a nasty alphabet (Turkish letters, apostrophes of
 * every kind, control characters, surrogates cut in half, BOMs), random code points, huge tokens and ALL-CAPS runs.
 * Whatever the text, the answer is a list of spans inside it, in order, not overlapping.
 */
class NameRecognizerFuzzTest {

    private static final String NASTY = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789"
            + " .,;:!?'\"()[]-&“”‘’ʼ`´—…\u00a0\t\n\n\r\u0000\u0001\u001a\u200b\ufeff\u2028\u0307\u00ad\ud83d\ude00"
            + "\ud800\udc00";
    private static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = NameModels.bundled();
    }

    @Test
    void randomTextKeepsTheInvariants() {
        Random random = new Random(13L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(400);
            for (int k = 0; k < length; k++) {
                sb.append(NASTY.charAt(random.nextInt(NASTY.length())));
            }
            check(sb.toString(), i % 3 == 0 ? "tr" : i % 3 == 1 ? "en" : null);
        }
    }

    @Test
    void randomCodePointsKeepTheInvariants() {
        Random random = new Random(1313L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                sb.append((char) random.nextInt(0x10000));
            }
            check(sb.toString(), null);
        }
    }

    @Test
    void hugeTokensEmptyTextAndCapsRuns() {
        check("", "en");
        check("   \n\t ", "tr");
        check("A".repeat(200_000), "en");
        check("Ab'".repeat(50_000), "tr");
        check("'".repeat(10_000) + "x", "tr");
        check("ANKARA ".repeat(20_000), null);
        check("Mr. " + "Ş".repeat(100_000) + "'ın", "tr");
        check("x".repeat(StatisticalNameRecognizer.MAX_CHARS + 10) + " Ankara", "tr");
        assertThat(recognizer.recognize(null, null)).isEmpty();
    }

    private static void check(String text, String language) {
        List<RecognizedName> names = recognizer.recognize(text, language);
        assertThat(names).isNotNull();
        int end = 0;
        for (RecognizedName n : names) {
            assertThat(n.start()).isGreaterThanOrEqualTo(end);
            assertThat(n.end()).isLessThanOrEqualTo(text.length());
            assertThat(n.confidence()).isBetween(0.0, 1.0);
            end = n.end();
        }
    }
}
