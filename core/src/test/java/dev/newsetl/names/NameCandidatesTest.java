package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCandidatesTest {

    private static final NameMatcher MATCHER = new NameMatcher(AliasDictionary.load(Path.of("config/aliases.tsv")));

    private static List<String> candidates(String text) {
        return NameCandidates.find(text, MATCHER.find(text));
    }

    @Test
    void findsUnknownTwoWordName() {
        assertThat(candidates("Talks were chaired by Badr Abdelatty in the capital."))
                .containsExactly("Badr Abdelatty");
    }

    @Test
    void knownNamesAreNotCandidates() {
        assertThat(candidates("Ibrahim Kalin met Khalil al-Hayya and Hakan Fidan."))
                .isEmpty();
    }

    @Test
    void wordsOfAKnownNameBreakTheRun() {
        assertThat(candidates("Turkish Foreign Minister Hakan Fidan spoke.")).isEmpty();
    }

    @Test
    void sentenceInitialWordsAreTrimmed() {
        assertThat(candidates("The Hamas delegation left. However Israel objected. The Sinai Peninsula."))
                .containsExactly("Sinai Peninsula");
        assertThat(candidates("On Monday Mohammad Mustafa spoke.")).containsExactly("Mohammad Mustafa");
    }

    @Test
    void titlesSplitARun() {
        assertThat(candidates("Palestinian Authority Prime Minister Mohammad Mustafa spoke."))
                .containsExactly("Palestinian Authority", "Mohammad Mustafa");
    }

    @Test
    void particlesInsideNames() {
        assertThat(candidates("Sheikh Mohammed bin Abdulrahman Al Thani, Ludwig van Beethoven and Hasan al-Bakri"))
                .containsExactly("Mohammed bin Abdulrahman Al Thani", "Ludwig van Beethoven", "Hasan al-Bakri");
    }

    @Test
    void particleAtTheEdgeIsNotPartOfTheName() {
        assertThat(candidates("the house of Maria Lopez de la")).containsExactly("Maria Lopez");
    }

    @Test
    void moreThanFourCapitalizedWordsIsNotAName() {
        assertThat(candidates("the Grand National Assembly Steering Board Committee met"))
                .isEmpty();
    }

    @Test
    void possessiveEndsTheName() {
        assertThat(candidates("Mohammad Mustafa's office, Nabil Abu Rudeineh’s statement"))
                .containsExactly("Mohammad Mustafa", "Nabil Abu Rudeineh");
    }

    @Test
    void turkishSuffixEndsTheName() {
        assertThat(candidates("Mahmud Abbas'ın ofisi")).containsExactly("Mahmud Abbas");
    }

    @Test
    void apostropheInsideANameIsKept() {
        assertThat(candidates("Sean O'Brien and Amal Ba'albaki arrived"))
                .containsExactly("Sean O'Brien", "Amal Ba'albaki");
    }

    @Test
    void punctuationAndLineBreaksEndARun() {
        assertThat(candidates("Mohammad, Mustafa said")).isEmpty();
        assertThat(candidates("Mohammad\nMustafa said")).isEmpty();
    }

    @Test
    void allCapsHeadlinesAreNotNames() {
        assertThat(candidates("BREAKING NEWS FROM THE REGION")).isEmpty();
    }

    @Test
    void initialsAreKept() {
        assertThat(candidates("George W. Bush said")).containsExactly("George W. Bush");
    }

    @Test
    void everyOccurrenceIsListedInTextOrder() {
        assertThat(candidates("Badr Abdelatty met Majed Al-Ansari; later Badr Abdelatty left."))
                .containsExactly("Badr Abdelatty", "Majed Al-Ansari", "Badr Abdelatty");
    }

    @Test
    void candidatesFromAnArticle() throws Exception {
        String text = Files.readString(Path.of("core/src/test/resources/names/article-candidates.txt"));
        assertThat(candidates(text))
                .containsExactly(
                        "Badr Abdelatty",
                        "Palestinian Authority",
                        "Mohammad Mustafa",
                        "Mohammed bin Abdulrahman Al Thani",
                        "Egyptian General Intelligence Service");
    }

    @Test
    void hyphenCompoundKeepsOnlyTheNamePart() {
        assertThat(candidates("a Badr Abdelatty-led team")).containsExactly("Badr Abdelatty");
    }
}
