package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of {@link TextDecoder} over untrusted bytes. Fixed seeds keep failures reproducible; the budgets
 * (a few thousand inputs each) keep the whole class well under a few seconds.
 */
class TextDecoderFuzzTest {

    private static final String PROSE_CHARS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"
            + " .,;:!?'\"()-ğĞışŞİçÇöÖüÜâî“”‘’—–…€éèàñß\n\n\r\t";
    private static final String[] ENGLISH = {
        "the",
        "talks",
        "in",
        "Ankara",
        "said",
        "on",
        "Monday",
        "Gaza",
        "delegation",
        "met",
        "with",
        "officials",
        "and",
        "a",
        "cease-fire"
    };
    private static final String[] TURKISH = {
        "Kalın", "Erdoğan", "Türkiye", "İstanbul", "MİT", "şehir", "görüşme", "ağır", "Dışişleri", "Ş", "ığdır", "ğ"
    };
    private static final String[] WESTERN = {
        "café", "déjà", "“vu”", "naïve", "Müller", "señor", "—", "Straße", "président’s", "€5", "Gruß", "über"
    };
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "\n", "\n\n", "\r\n"};

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void arbitraryBytesGiveTextOrRejectionAndNeverThrow() {
        Random random = new Random(20260125L);
        for (int i = 0; i < 2500; i++) {
            byte[] bytes = randomBytes(random, i % 5);
            Decoded d = decoder.decode(bytes);
            String input =
                    "case " + i + ": " + HexFormat.of().formatHex(Arrays.copyOf(bytes, Math.min(64, bytes.length)));
            assertThat(d).as(input).isNotNull();
            if (d instanceof DecodedText t) {
                assertThat(t.text()).as(input).isNotBlank().doesNotContain("\r");
                assertThat(t.encoding()).as(input).isNotBlank();
            } else {
                assertThat(d).as(input).isInstanceOf(Rejection.class);
            }
        }
    }

    /** Five shapes of bytes: uniform noise, high bytes only, ASCII with high bytes, ASCII with controls, a BOM. */
    private static byte[] randomBytes(Random random, int shape) {
        byte[] b = new byte[random.nextInt(3000)];
        switch (shape) {
            case 0 -> random.nextBytes(b);
            case 1 -> fill(b, random, 0x80, 0x100);
            case 2 -> {
                fill(b, random, 0x20, 0x7F);
                sprinkle(b, random, 0x80, 0x100);
            }
            case 3 -> {
                fill(b, random, 0x20, 0x7F);
                sprinkle(b, random, 0x01, 0x20);
            }
            default -> {
                random.nextBytes(b);
                byte[][] boms = {
                    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}
                };
                byte[] bom = boms[random.nextInt(boms.length)];
                System.arraycopy(bom, 0, b, 0, Math.min(bom.length, b.length));
            }
        }
        return b;
    }

    private static void fill(byte[] b, Random random, int from, int to) {
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (from + random.nextInt(to - from));
        }
    }

    private static void sprinkle(byte[] b, Random random, int from, int to) {
        int n = b.length == 0 ? 0 : random.nextInt(1 + b.length / 10);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(b.length)] = (byte) (from + random.nextInt(to - from));
        }
    }

    @Test
    void validUtf8RoundTripsModuloLineEndsAndNfc() {
        Random random = new Random(7L);
        for (int i = 0; i < 3000; i++) {
            String text = randomProse(random);
            Decoded d = decoder.decode(text.getBytes(StandardCharsets.UTF_8));
            if (text.isBlank()) {
                assertThat(d)
                        .as(text)
                        .isInstanceOfSatisfying(
                                Rejection.class, r -> assertThat(r.reason()).isEqualTo(RejectReason.EMPTY));
                continue;
            }
            String expected = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
            assertThat(d).as(text).isEqualTo(new DecodedText(expected, "UTF-8"));
        }
    }

    /** Characters from the prose alphabet, plus now and then any BMP letter, an emoji or a combining mark. */
    private static String randomProse(Random random) {
        int length = random.nextInt(400);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(100);
            if (pick < 94) {
                sb.append(PROSE_CHARS.charAt(random.nextInt(PROSE_CHARS.length())));
            } else if (pick < 97) {
                int cp = 0xA0 + random.nextInt(0xD7FF - 0xA0);
                if (Character.isLetter(cp)) {
                    sb.appendCodePoint(cp);
                }
            } else if (pick < 98) {
                sb.appendCodePoint(0x1F600 + random.nextInt(0x40));
            } else {
                sb.append("\u0306\u0307\u0308\u0327".charAt(random.nextInt(4)));
            }
        }
        return sb.toString();
    }

    @Test
    void turkishProseInWindows1254RoundTripsAsWindows1254() {
        Random random = new Random(1254L);
        Charset cp = Charset.forName("windows-1254");
        for (int i = 0; i < 1500; i++) {
            String text = "Erdoğan" + words(random, 0.3, TURKISH);
            assertThat(decoder.decode(text.getBytes(cp))).as(text).isEqualTo(new DecodedText(lf(text), "windows-1254"));
        }
    }

    @Test
    void westernProseInWindows1252RoundTripsAsWindows1252() {
        Random random = new Random(1252L);
        Charset cp = Charset.forName("windows-1252");
        for (int i = 0; i < 1500; i++) {
            String text = "Café" + words(random, 0.3, WESTERN);
            assertThat(decoder.decode(text.getBytes(cp))).as(text).isEqualTo(new DecodedText(lf(text), "windows-1252"));
        }
    }

    /** English words with a share of foreign ones, joined by spaces, punctuation and line ends. */
    private static String words(Random random, double foreignShare, String[] foreign) {
        int n = 1 + random.nextInt(60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            sb.append(
                    random.nextDouble() < foreignShare
                            ? foreign[random.nextInt(foreign.length)]
                            : ENGLISH[random.nextInt(ENGLISH.length)]);
        }
        return sb.toString();
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }
}
