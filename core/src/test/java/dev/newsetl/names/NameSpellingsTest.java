package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameSpellingsTest {

    private static String core(String span) {
        int[] c = NameSpellings.core(span, 0, span.length());
        return c == null ? null : span.substring(c[0], c[1]);
    }

    @Test
    void suffixesPossessivesPunctuationAndLineBreaksAreNotPartOfTheName() {
        assertThat(core("QNB Türkiye'nin")).isEqualTo("QNB Türkiye");
        assertThat(core("Erdoğan’ın")).isEqualTo("Erdoğan");
        assertThat(core("Apple's")).isEqualTo("Apple");
        assertThat(core("Hamas'")).isEqualTo("Hamas");
        assertThat(core("\"Ömür Tan,")).isEqualTo("Ömür Tan");
        assertThat(core("Kalın-led")).isEqualTo("Kalın");
        assertThat(core("Bettie Page T-shirts")).isEqualTo("Bettie Page");
        assertThat(core("T-Mobile")).isEqualTo("T-Mobile");
        assertThat(core("U.S.")).isEqualTo("U.S.");
        assertThat(core("Ankara\n\nThe")).isEqualTo("Ankara");
        assertThat(core("O'Brien")).isEqualTo("O'Brien");
        assertThat(core("al-Hayya")).isEqualTo("al-Hayya");
        assertThat(core("İstanbul'dakilerin")).isEqualTo("İstanbul'dakilerin"); // too long for a case ending
        assertThat(core("(2)")).isNull();
        // the period of an abbreviation that ends a name is part of it; a sentence's period is not
        assertThat(core("First Bank System Inc.")).isEqualTo("First Bank System Inc.");
        assertThat(core("Martin Luther King Jr.")).isEqualTo("Martin Luther King Jr.");
        assertThat(core("Acme Corp.,")).isEqualTo("Acme Corp.");
        assertThat(core("Ankara.")).isEqualTo("Ankara");
        assertThat(core("Kinco.")).isEqualTo("Kinco");
    }

    @Test
    void allCapsNamesAreRecasedSensibly() {
        assertThat(NameSpellings.recase("ÖMÜR TAN", Map.of(), true)).isEqualTo("Ömür Tan");
        assertThat(NameSpellings.recase("KADIKÖY BELEDİYESİ", Map.of(), true)).isEqualTo("Kadıköy Belediyesi");
        assertThat(NameSpellings.recase("QNB TÜRKİYE", Map.of(), false)).isEqualTo("QNB Türkiye");
        assertThat(NameSpellings.recase("JOHN SMITH", Map.of(), false)).isEqualTo("John Smith");
        assertThat(NameSpellings.recase("NATO", Map.of(), false)).isEqualTo("NATO");
        assertThat(NameSpellings.recase("ACME CORP", Map.of("acme", "AcMe"), false))
                .isEqualTo("AcMe Corp");
        assertThat(NameSpellings.recase("Ömür Tan", Map.of(), true)).isEqualTo("Ömür Tan");
    }

    @Test
    void theCanonicalSpellingPrefersMixedCaseThenTurkishLettersThenUse() {
        assertThat(NameSpellings.choose(
                        List.of("OMUR TAN", "Omur Tan", "Ömür Tan"),
                        Map.of("OMUR TAN", 5, "Omur Tan", 3, "Ömür Tan", 1)))
                .isEqualTo("Ömür Tan");
        assertThat(NameSpellings.choose(List.of("Kadikoy", "KADIKÖY"), Map.of("Kadikoy", 1, "KADIKÖY", 1)))
                .isEqualTo("Kadikoy");
        assertThat(NameSpellings.choose(List.of("Acme Corp", "ACME Corp"), Map.of("Acme Corp", 1, "ACME Corp", 4)))
                .isEqualTo("ACME Corp");
    }
}
