package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.ParsedArticle;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of {@link ArticleParser}: plain random text, and random arrangements of the kinds of line real
 * files hold (headlines, captions, header lines, colon sentences, paragraphs, whitespace noise).
 */
class ArticleParserFuzzTest {

    private static final String NASTY_CHARS = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ0123456789"
            + " .,;:!?'\"()[]-“”‘’—…\u00a0\t\n\n\n\r\u0001\u001a\u200b\ufeff\u2028\u3000";

    private static final String[][] LINE_KINDS = {
        {"Türkiye hosts talks on Gaza", "Kalın meets Hamas delegation", "Is peace near?", "Source: Hamas accepts terms"
        },
        {
            "Children play in Khan Yunis, Jan. 25, 2026. (AFP Photo)",
            "(AA Photo)",
            "A view of Rafah. (Photo: Reuters)",
            "Leaders meet (L-R). (Getty Images)"
        },
        {
            "Title: Talks in Cairo",
            "Source: Example Wire",
            "URL: https://x.org/a",
            "Published: 2026-01-25",
            "Lang: tr",
            "Author:",
            "Date: soon",
            "Title:",
            "Security sources said: the talks went well."
        },
        {
            "İbrahim Kalın held talks with the delegation on Saturday.",
            "The meeting addressed the cease-fire agreement.",
            "“We are ready,” Erdoğan said.",
            "Talks continue in Doha"
        },
        {"", "", " ", "\t", "\u00a0", "  \t \u00a0 "}
    };
    private static final int[] KIND_WEIGHTS = {3, 3, 2, 6, 5};
    private static final String[] NOISE = {"", "", "", " ", "\t", "\u00a0", "\r"};

    private final ArticleParser parser = new ArticleParser();

    @Test
    void randomTextKeepsTheInvariants() {
        Random random = new Random(99L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(600);
            for (int k = 0; k < length; k++) {
                sb.append(NASTY_CHARS.charAt(random.nextInt(NASTY_CHARS.length())));
            }
            checkInvariants(sb.toString());
        }
    }

    @Test
    void articleShapedTextKeepsTheInvariants() {
        Random random = new Random(2026L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int lines = random.nextInt(25);
            for (int k = 0; k < lines; k++) {
                String[] kind = LINE_KINDS[weightedKind(random)];
                sb.append(NOISE[random.nextInt(NOISE.length)])
                        .append(kind[random.nextInt(kind.length)])
                        .append(NOISE[random.nextInt(NOISE.length)])
                        .append('\n');
            }
            checkInvariants(sb.toString());
        }
    }

    private static int weightedKind(Random random) {
        int total = 0;
        for (int w : KIND_WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int k = 0; k < KIND_WEIGHTS.length; k++) {
            pick -= KIND_WEIGHTS[k];
            if (pick < 0) {
                return k;
            }
        }
        return KIND_WEIGHTS.length - 1;
    }

    private void checkInvariants(String text) {
        String input = "input: " + text.replace("\n", "\\n").replace("\r", "\\r");
        ParsedArticle a = parser.parse(text);
        assertThat(a).as(input).isNotNull();
        for (String p : a.paragraphs()) {
            assertThat(p).as(input).isNotBlank().isEqualTo(p.strip()).doesNotContain("\n", "\r", "\t", "  ", "\u00a0");
            assertThat(p).as(input).isNotEqualTo(a.title());
            if (a.caption() != null) {
                assertThat(p).as(input).isNotEqualTo(a.caption());
            }
        }
        if (a.title() != null) {
            assertThat(a.title()).as(input).isNotBlank().doesNotContain("\n");
        }
        if (a.caption() != null) {
            assertThat(a.caption()).as(input).isNotBlank().isNotEqualTo(a.title());
        }
        if (a.photoCredit() != null) {
            assertThat(a.photoCredit()).as(input).isNotBlank();
        }
        a.headers().forEach((k, v) -> {
            assertThat(k).as(input).isEqualTo(k.toLowerCase(Locale.ROOT)).isIn(HeaderBlock.KNOWN_KEYS);
            assertThat(v).as(input).isNotBlank();
        });
    }
}
