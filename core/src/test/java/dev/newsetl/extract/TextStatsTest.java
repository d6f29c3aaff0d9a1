package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextStatsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Kalın met the delegation|4",
                "İbrahim Kalın, Türkiye'nin istihbarat başkanı|5",
                "Türkiye’s role in the cease-fire|5",
                "Khalil al-Hayya led the team|5",
                "More than 1,000 trucks and 3.5 million people|8",
                "The U.S. envoy arrived|4",
                "the U.S.A. said|3",
                "end.Next sentence|3",
                "Gaza -- a ruined city|4",
                "“Israeli violations”|2",
                "Hamas' political bureau|3",
                "2026-01-25|1",
                "...|0",
                "ورد في البيان أن المحادثات|5",
                "Переговоры продолжатся завтра|3",
            })
    void countsWords(String text, int expected) {
        assertThat(TextStats.wordCount(text)).isEqualTo(expected);
    }

    @Test
    void whitespaceOfAnyKindSeparates() {
        assertThat(TextStats.wordCount("  spaced    out\ttext\n here\u00A0now\u2009thin "))
                .isEqualTo(6);
    }

    @Test
    void emptyAndNull() {
        assertThat(TextStats.wordCount("")).isZero();
        assertThat(TextStats.wordCount(null)).isZero();
        assertThat(TextStats.wordCount("   \n\t ")).isZero();
    }

    @Test
    void combiningMarksStayInsideTheWord() {
        // "Kalın" with a decomposed accented e elsewhere: e + U+0301.
        assertThat(TextStats.wordCount("cafe\u0301 Kalın")).isEqualTo(2);
    }

    @Test
    void supplementaryCharacters() {
        assertThat(TextStats.wordCount("\uD835\uDC00\uD835\uDC01 word")).isEqualTo(2); // mathematical bold AB
        assertThat(TextStats.wordCount("flags 🇹🇷 here")).isEqualTo(2);
    }
}
