package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset WIN_TURKISH = Charset.forName("windows-1254");
    private static final Charset WIN_LATIN1 = Charset.forName("windows-1252");

    private static final String TURKISH = "Dışişleri Bakanı Hakan Fidan, Ankara'da düzenlenen basın toplantısında "
            + "Gazze'deki ateşkesin ikinci aşamasına ilişkin açıklamalar yaptı. İstanbul'daki görüşmeler sürüyor; "
            + "ğ ş ı İ Ğ Ş harfleri doğru çözülmeli.";
    private static final String ENGLISH_WITH_TURKISH_NAMES = "Türkiye hosts delegation for talks\n"
            + "İbrahim Kalın, head of MİT, met the delegation in Istanbul, and President Erdoğan said "
            + "the talks were “useful” — a step forward.";
    private static final String WESTERN = "The café on the Champs-Élysées served crème brûlée while the délégation "
            + "waited. “We are ready,” said the président’s aide — naïve as it sounds. Die Straße in München.";

    private final TextDecoder decoder = new TextDecoder();

    private DecodedText decodedText(byte[] bytes) {
        Decoded d = decoder.decode(bytes);
        assertThat(d).isInstanceOf(DecodedText.class);
        return (DecodedText) d;
    }

    private Rejection rejection(byte[] bytes) {
        Decoded d = decoder.decode(bytes);
        assertThat(d).isInstanceOf(Rejection.class);
        return (Rejection) d;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void zeroBytesAndNullAreEmpty() {
        assertThat(rejection(new byte[0]).reason()).isEqualTo(RejectReason.EMPTY);
        assertThat(rejection(null).reason()).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        assertThat(rejection(" \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo(RejectReason.EMPTY);
        assertThat(rejection("\u00a0 \u2003\n".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo(RejectReason.EMPTY);
        assertThat(rejection(bytes(0xEF, 0xBB, 0xBF, ' ', '\n')).reason()).isEqualTo(RejectReason.EMPTY);
        assertThat(rejection(bytes(0xFF, 0xFE)).reason()).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void validUtf8IsUtf8AndAsciiToo() {
        DecodedText t = decodedText(TURKISH.getBytes(StandardCharsets.UTF_8));
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.text()).isEqualTo(TURKISH);

        DecodedText ascii = decodedText("Plain ASCII text.\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ascii.encoding()).isEqualTo("UTF-8");
        assertThat(ascii.text()).isEqualTo("Plain ASCII text.\n");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        DecodedText t = decodedText(concat(bytes(0xEF, 0xBB, 0xBF), "Türkiye\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.text()).isEqualTo("Türkiye\n");
    }

    @Test
    void utf16ByteOrderMarksAreHonoured() {
        DecodedText le = decodedText(concat(bytes(0xFF, 0xFE), TURKISH.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(le.text()).isEqualTo(TURKISH);

        DecodedText be = decodedText(concat(bytes(0xFE, 0xFF), "Kalın\r\nErdoğan".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(be.text()).isEqualTo("Kalın\nErdoğan");
    }

    @Test
    void utf16WithOddByteCountIsUndecodable() {
        byte[] b = concat(bytes(0xFF, 0xFE), "abc".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
        assertThat(rejection(b).reason()).isEqualTo(RejectReason.UNDECODABLE);
    }

    @Test
    void turkishInWindows1254IsDetectedWithTurkishLettersIntact() {
        DecodedText t = decodedText(TURKISH.getBytes(WIN_TURKISH));
        assertThat(t.encoding()).isEqualTo("windows-1254");
        assertThat(t.text()).isEqualTo(TURKISH).contains("ğ", "ş", "ı", "İ");
    }

    @Test
    void englishTextWithTurkishNamesInWindows1254IsWindows1254() {
        // ICU alone ranks this ISO-8859-1/en and would print Kalýn and Erdoðan.
        DecodedText t = decodedText(ENGLISH_WITH_TURKISH_NAMES.getBytes(WIN_TURKISH));
        assertThat(t.encoding()).isEqualTo("windows-1254");
        assertThat(t.text()).isEqualTo(ENGLISH_WITH_TURKISH_NAMES);
    }

    @Test
    void shortTurkishWordInWindows1254() {
        DecodedText t = decodedText("Kalın".getBytes(WIN_TURKISH));
        assertThat(t.encoding()).isEqualTo("windows-1254");
        assertThat(t.text()).isEqualTo("Kalın");
    }

    @Test
    void shortTurkishPhrasesThatIcuCallsCentralEuropeanAreWindows1254() {
        // Found by the property test: ICU ranks these windows-1250, and heavy Turkish has many non-ASCII bytes.
        for (String text : new String[] {"Erdoğan met", "Erdoğan ığdır görüşme"}) {
            DecodedText t = decodedText(text.getBytes(WIN_TURKISH));
            assertThat(t.encoding()).as(text).isEqualTo("windows-1254");
            assertThat(t.text()).isEqualTo(text);
        }
    }

    @Test
    void westernTextInWindows1252IsWindows1252() {
        DecodedText t = decodedText(WESTERN.getBytes(WIN_LATIN1));
        assertThat(t.encoding()).isEqualTo("windows-1252");
        assertThat(t.text()).isEqualTo(WESTERN);
    }

    @Test
    void westernTextWithoutSmartQuotesIsReportedAsWindows1252NotLatin1() {
        String german = "Die Straße in München ist schön, sagte der Bürgermeister über die Grünanlagen.";
        DecodedText t = decodedText(german.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(t.encoding()).isEqualTo("windows-1252");
        assertThat(t.text()).isEqualTo(german);
    }

    @Test
    void tooShortForIcuFallsBackToWindows1252() {
        DecodedText t = decodedText("Café".getBytes(WIN_LATIN1));
        assertThat(t.encoding()).isEqualTo("windows-1252");
        assertThat(t.text()).isEqualTo("Café");
    }

    @Test
    void crlfAndLoneCrBecomeLineFeeds() {
        assertThat(decodedText("a\r\nb\r\n\r\nc".getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo("a\nb\n\nc");
        assertThat(decodedText("a\rb\r\rc\r".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("a\nb\n\nc\n");
        assertThat(decodedText("Kalın\r\nşimdi\rİstanbul".getBytes(WIN_TURKISH)).text())
                .isEqualTo("Kalın\nşimdi\nİstanbul");
    }

    @Test
    void decomposedLettersAreComposed() {
        String decomposed = "Erdog\u0306an ve s\u0327ehir Tu\u0308rkiye";
        DecodedText t = decodedText(decomposed.getBytes(StandardCharsets.UTF_8));
        assertThat(t.text()).isEqualTo("Erdoğan ve şehir Türkiye");
    }

    @Test
    void nulByteIsBinaryWithItsOffset() {
        Rejection r = rejection(concat("Hello".getBytes(StandardCharsets.US_ASCII), bytes(0), "world".getBytes()));
        assertThat(r.reason()).isEqualTo(RejectReason.BINARY);
        assertThat(r.detail()).contains("offset 5");
    }

    @Test
    void utf16WithoutByteOrderMarkIsBinaryBecauseOfNuls() {
        assertThat(rejection("Hello world".getBytes(StandardCharsets.UTF_16LE)).reason())
                .isEqualTo(RejectReason.BINARY);
    }

    @Test
    void nulInsideUtf16TextIsBinary() {
        byte[] b = concat(bytes(0xFF, 0xFE), "ab\0cd".getBytes(StandardCharsets.UTF_16LE));
        assertThat(rejection(b).reason()).isEqualTo(RejectReason.BINARY);
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] b = "text\u0001with\u0002many\u0003control\u0004chars".getBytes(StandardCharsets.US_ASCII);
        Rejection r = rejection(b);
        assertThat(r.reason()).isEqualTo(RejectReason.BINARY);
        assertThat(r.detail()).contains("4 control characters").contains("first at offset 4");
    }

    @Test
    void aStrayControlCharacterInALongTextIsStillText() {
        String text = "A long enough article paragraph. ".repeat(10) + "\u001A";
        DecodedText t = decodedText(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(t.text()).isEqualTo(text);
    }

    @Test
    void tabsFormFeedsAndLineEndsAreNotControlNoise() {
        DecodedText t = decodedText("a\tb\fc\n\t\t\f\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(t.text()).isEqualTo("a\tb\fc\n\t\t\f\n");
    }

    @Test
    void randomBytesAreRejectedNotThrown() {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] b = new byte[200 + random.nextInt(800)];
            random.nextBytes(b);
            Rejection r = rejection(b);
            assertThat(r.reason()).isIn(RejectReason.BINARY, RejectReason.UNDECODABLE);
        }
    }

    @Test
    void randomHighBytesAreUndecodable() {
        Random random = new Random(7);
        byte[] b = new byte[400];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + random.nextInt(128));
        }
        assertThat(rejection(b).reason()).isEqualTo(RejectReason.UNDECODABLE);
    }

    @Test
    void invalidUtf8WithBytesUndefinedInLegacyCodePagesIsUndecodable() {
        // 0x81 0x8D 0x90 are undefined in windows-1250, -1252 and -1254.
        Rejection r = rejection(concat("Some text ".getBytes(), bytes(0x81, 0x8D, 0x90), " more text".getBytes()));
        assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE);
        assertThat(r.detail()).contains("offset 10");
    }

    @Test
    void mostlyValidUtf8WithABrokenByteIsUndecodableNotMojibake() {
        byte[] b = concat(TURKISH.getBytes(StandardCharsets.UTF_8), bytes(0xC4), " son".getBytes());
        Rejection r = rejection(b);
        assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE);
        assertThat(r.detail()).contains("UTF-8");
    }

    @Test
    void truncatedUtf8AtEndOfFileIsUndecodable() {
        byte[] full = "Erdoğan ve Kalın görüştü".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(full, full.length - 1);
        assertThat(rejection(truncated).reason()).isEqualTo(RejectReason.UNDECODABLE);
    }

    @Test
    void utf8ByteOrderMarkFollowedByInvalidUtf8IsUndecodable() {
        byte[] b = concat(bytes(0xEF, 0xBB, 0xBF), TURKISH.getBytes(WIN_TURKISH));
        Rejection r = rejection(b);
        assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE);
        assertThat(r.detail()).contains("byte order mark");
    }

    @Test
    void textFullOfReplacementCharactersIsUndecodable() {
        String damaged = "T\uFFFDrkiye ve Erdo\uFFFDan, Kal\uFFFDn \uFFFD\uFFFD\uFFFD g\uFFFDr\uFFFD\uFFFDt\uFFFD";
        Rejection r = rejection(damaged.getBytes(StandardCharsets.UTF_8));
        assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE);
        assertThat(r.detail()).contains("U+FFFD");
    }

    @Test
    void aSingleReplacementCharacterInALongTextIsKept() {
        String text = "A long enough article paragraph. ".repeat(10) + "\uFFFD";
        assertThat(decodedText(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }

    @Test
    void greekInWindows1253AndRussianInWindows1251AreRecognised() {
        String greek = "Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με τον Τούρκο πρόεδρο στην Άγκυρα.";
        DecodedText g = decodedText(greek.getBytes(Charset.forName("windows-1253")));
        assertThat(g.encoding()).isEqualTo("windows-1253");
        assertThat(g.text()).isEqualTo(greek);

        String russian = "Президент Турции встретился с делегацией в Стамбуле для обсуждения перемирия.";
        DecodedText r = decodedText(russian.getBytes(Charset.forName("windows-1251")));
        assertThat(r.encoding()).isEqualTo("windows-1251");
        assertThat(r.text()).isEqualTo(russian);
    }

    @Test
    void czechInWindows1250StaysCentralEuropeanDespiteSharedBytes() {
        String czech =
                "Vláda České republiky schválila návrh zákona o státním rozpočtu. Ministr řekl, že výdaje porostou.";
        DecodedText t = decodedText(czech.getBytes(Charset.forName("windows-1250")));
        assertThat(t.encoding()).isEqualTo("windows-1250");
        assertThat(t.text()).isEqualTo(czech);
    }
}
