package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TurkishFoldingTest {

    @Test
    void foldsTurkishLettersToAscii() {
        assertThat(TurkishFolding.fold("şğçöüâîû")).isEqualTo("sgcouaiu");
        assertThat(TurkishFolding.fold("ŞĞÇÖÜÂÎÛ")).isEqualTo("sgcouaiu");
    }

    @Test
    void foldsAllFourTurkishIsToPlainI() {
        assertThat(TurkishFolding.fold("İIıi")).isEqualTo("iiii");
    }

    @Test
    void dottedCapitalIStaysOneChar() {
        // the trap this class exists for: toLowerCase(ROOT) turns İ into two chars
        assertThat("İbrahim".toLowerCase(Locale.ROOT)).hasSize(8);
        assertThat(TurkishFolding.fold("İbrahim")).isEqualTo("ibrahim").hasSize(7);
    }

    @Test
    void foldsAllCapsNames() {
        assertThat(TurkishFolding.fold("İBRAHİM KALIN")).isEqualTo("ibrahim kalin");
        assertThat(TurkishFolding.fold("KALIN")).isEqualTo(TurkishFolding.fold("Kalın"));
        assertThat(TurkishFolding.fold("ERDOĞAN")).isEqualTo("erdogan");
    }

    @Test
    void foldIsOneCharInOneCharOut() {
        String text = "İBRAHİM KALIN, Türkiye’nin Erdoğan'ı ve MİT; Ελλάδα; 東京; \uD83D\uDE00";
        assertThat(TurkishFolding.fold(text)).hasSameSizeAs(text);
    }

    @Test
    void unifiesApostrophes() {
        assertThat(TurkishFolding.fold("Erdoğan’s Erdoğan's Erdoğanʼs Erdoğan‘s"))
                .isEqualTo("erdogan's erdogan's erdogan's erdogan's");
    }

    @Test
    void foldsOtherEuropeanDiacritics() {
        assertThat(TurkishFolding.fold("Łódź Øresund Đorđe Ñandú Mitsotákis"))
                .isEqualTo("lodz oresund dorde nandu mitsotakis");
    }

    @Test
    void horizontalSpacesBecomePlainSpacesButLineBreaksStay() {
        assertThat(TurkishFolding.fold("a\u00A0b\tc\nd")).isEqualTo("a b c\nd");
    }

    @Test
    void keyDropsCombiningMarksAndCollapsesSpaces() {
        String decomposed = "I\u0307brahim  Kal\u0131n"; // İ written as I + combining dot above
        assertThat(TurkishFolding.key(decomposed)).isEqualTo("ibrahim kalin");
        assertThat(TurkishFolding.key("  Erdog\u0306an \t")).isEqualTo("erdogan");
    }

    @Test
    void keysOfSpellingVariantsAreEqual() {
        assertThat(TurkishFolding.key("İbrahim Kalın"))
                .isEqualTo(TurkishFolding.key("IBRAHIM KALIN"))
                .isEqualTo(TurkishFolding.key("Ibrahim Kalin"));
        assertThat(TurkishFolding.key("Türkiye")).isEqualTo(TurkishFolding.key("TURKIYE"));
        assertThat(TurkishFolding.key("Türkiye")).isNotEqualTo(TurkishFolding.key("Turkey"));
    }

    @Test
    void unfoldedKeyLinesUpWithKey() {
        String name = "Recep  Tayyip\u00A0Erdog\u0306an";
        assertThat(TurkishFolding.unfoldedKey(name))
                .isEqualTo("Recep Tayyip Erdogan")
                .hasSameSizeAs(TurkishFolding.key(name));
    }
}
