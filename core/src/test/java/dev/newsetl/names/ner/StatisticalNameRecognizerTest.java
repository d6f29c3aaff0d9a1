package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.EntityType;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.RecognizedName;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled recognizer on sentences of our own, written the way news is. */
class StatisticalNameRecognizerTest {

    private static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = NameModels.bundled();
    }

    static List<String> found(String text, String language) {
        if (recognizer == null) {
            load(); // for the tests of the recognizer's parts, which share this helper
        }
        return recognizer.recognize(text, language).stream()
                .map(n -> n.type().name().charAt(0) + ":" + n.surface(text))
                .toList();
    }

    @Test
    void findsEnglishPeoplePlacesAndOrganizations() {
        String text = "Prime Minister Tony Blair met German Chancellor Gerhard Schroeder in Berlin on Monday, "
                + "a spokesman for the European Commission said.";
        assertThat(found(text, "en"))
                .contains("P:Tony Blair", "P:Gerhard Schroeder", "L:Berlin", "O:European Commission");
    }

    @Test
    void aTurkishNameSpanCoversItsSuffixAsWritten() {
        String text = "Cumhurbaşkanı Recep Tayyip Erdoğan'ın Ankara'daki toplantısına Türkiye Cumhuriyet Merkez "
                + "Bankası Başkanı da katıldı.";
        List<String> names = found(text, "tr");
        assertThat(names).contains("P:Recep Tayyip Erdoğan'ın", "L:Ankara'daki");
        assertThat(names).anyMatch(n -> n.startsWith("O:") && n.contains("Merkez Bankası"));
    }

    @Test
    void withoutALanguageTurkishTextGetsTheTurkishModel() {
        String text = "Dışişleri Bakanı Hakan Fidan, İstanbul'da gazetecilerin sorularını yanıtladı.";
        assertThat(found(text, null)).isEqualTo(found(text, "tr")).contains("P:Hakan Fidan");
    }

    @Test
    void aNameTaggedOnceIsTaggedLaterInTheDocument() {
        String text = "Ömür Tan, the chairman of the board, spoke to reporters in Istanbul on Tuesday.\n"
                + "Tan said exports would grow. Asked about prices, Tan declined to comment.";
        List<RecognizedName> names = recognizer.recognize(text, "en");
        assertThat(names)
                .filteredOn(n -> n.surface(text).endsWith("Tan"))
                .hasSize(3)
                .allMatch(n -> n.type() == EntityType.PERSON);
    }

    @Test
    void anAllCapsHeadlineKeepsItsNamesAndNotItsVerbs() {
        String text = "ERDOĞAN ANKARA'DA KONUŞTU\n\nCumhurbaşkanı Erdoğan, Ankara'da gazetecilere açıklama yaptı.";
        assertThat(found(text, "tr"))
                .contains("P:ERDOĞAN", "L:ANKARA'DA", "P:Erdoğan", "L:Ankara'da")
                .noneMatch(n -> n.contains("KONUŞTU"));
    }

    @Test
    void spansAreExactOffsetsInOrderWithoutOverlap() {
        String text = "\uFEFF  ANKARA - Merkez Bankası (TCMB) Başkanı Fatih Karahan’ın açıklaması…\r\n"
                + "London-based HSBC's chief, Noel Quinn, flew to Hong Kong.";
        int end = 0;
        for (RecognizedName n : recognizer.recognize(text, null)) {
            assertThat(n.start()).isGreaterThanOrEqualTo(end);
            assertThat(Character.isWhitespace(text.charAt(n.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(n.end() - 1))).isFalse();
            end = n.end();
        }
        assertThat(found(text, null)).contains("P:Fatih Karahan’ın");
    }
}
