package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameMatcher;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language sample: the body's opening with the recognized names cut out. */
class LanguageSampleTest {
    private static NameMatcher matcher;

    @BeforeAll
    static void dictionary() {
        matcher = new NameMatcher(AliasDictionary.load(Path.of("config/aliases.tsv")));
    }

    private static String sample(String text, int limit) {
        return ArticleExtractor.withoutNames(text, matcher.find(text), limit);
    }

    @Test
    void namesAreCutOutAndTheWordsAroundThemKept() {
        String text = "İbrahim Kalın met Hamas officials in Istanbul on Saturday, Anadolu Agency reported.";
        String sample = sample(text, 1000);
        assertThat(sample)
                .doesNotContain("Kalın")
                .doesNotContain("Hamas")
                .doesNotContain("Istanbul")
                .doesNotContain("Anadolu")
                .contains("met")
                .contains("officials in")
                .contains("on Saturday,")
                .contains("reported.");
    }

    @Test
    void onlyTheOpeningIsBuiltButAtLeastTheLimit() {
        String text = "Talks in Cairo went on. ".repeat(200);
        String sample = sample(text, 120);
        assertThat(sample.length()).isBetween(120, 200);
        assertThat(sample).doesNotContain("Cairo").startsWith("Talks in ").contains(" went on. Talks in ");
        assertThat(sample("No names here at all.", 120)).isEqualTo("No names here at all.");
    }

    @Test
    void anEnglishOpeningFullOfTurkishNamesIsStillEnglish() {
        String text = "İbrahim Kalın and Hakan Fidan received Recep Tayyip Erdoğan in Ankara, where Kalın said the "
                + "delegation would return next week to discuss the ceasefire and the reopening of the crossing.";
        assertThat(LanguageDetector.shared().detect(sample(text, 2 * LanguageDetector.MAX_CHARS)))
                .isEqualTo("en");
    }
}
