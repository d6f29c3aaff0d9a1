package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<ExtractedQuote> extract(String... paragraphs) {
        return extractor.extract(Arrays.asList(paragraphs));
    }

    @Test
    void speakerAfterTheQuote() {
        assertThat(extract("“We will not let this cease-fire collapse,” Fidan said."))
                .containsExactly(new ExtractedQuote("We will not let this cease-fire collapse", "Fidan"));
    }

    @Test
    void verbBeforeTheSpeakerAfterTheQuote() {
        assertThat(extract("“The crossing must open in both directions,” said Hakan Fidan, the foreign minister."))
                .containsExactly(new ExtractedQuote("The crossing must open in both directions", "Hakan Fidan"));
        assertThat(extract("\"Aid is still not enough,\" said the minister on Tuesday."))
                .containsExactly(new ExtractedQuote("Aid is still not enough", "the minister"));
    }

    @Test
    void unnamedSpeakerPhrase() {
        assertThat(extract("“We handed over a full list of violations,” a member of the delegation said"))
                .containsExactly(
                        new ExtractedQuote("We handed over a full list of violations", "a member of the delegation"));
    }

    @Test
    void speakerBeforeTheQuote() {
        assertThat(extract("Turkish President Recep Tayyip Erdogan said on Monday: “Türkiye is ready to help "
                        + "rebuild Gaza.”"))
                .containsExactly(new ExtractedQuote(
                        "Türkiye is ready to help rebuild Gaza.", "Turkish President Recep Tayyip Erdogan"));
        assertThat(extract("Speaking in Ankara, Erdogan told reporters that “the guarantors will not stay silent.”"))
                .containsExactly(new ExtractedQuote("the guarantors will not stay silent.", "Erdogan"));
    }

    @Test
    void accordingTo() {
        assertThat(extract("“The talks were constructive and long,” according to Turkish security sources."))
                .containsExactly(
                        new ExtractedQuote("The talks were constructive and long", "Turkish security sources"));
        assertThat(extract("According to a senior Hamas official, “the list was handed over in full.”"))
                .containsExactly(new ExtractedQuote("the list was handed over in full.", "a senior Hamas official"));
    }

    @Test
    void adverbsAndTitlesAreNotPartOfTheSpeaker() {
        assertThat(extract("“There is no alternative to diplomacy,” Fidan also said."))
                .extracting(ExtractedQuote::speakerText)
                .containsExactly("Fidan");
        assertThat(extract("“There is no alternative to diplomacy,” Turkish Foreign Minister Hakan Fidan told "
                        + "reporters in Ankara."))
                .extracting(ExtractedQuote::speakerText)
                .containsExactly("Turkish Foreign Minister Hakan Fidan");
        assertThat(extract("“There is no alternative to diplomacy,” Hakan Fidan, the foreign minister, said."))
                .extracting(ExtractedQuote::speakerText)
                .containsExactly("Hakan Fidan");
    }

    @Test
    void pronounsTakeTheLastNamedSpeaker() {
        List<ExtractedQuote> quotes = extract(
                "“We are close to an agreement on the crossing,” Kalın said. “Both sides know what is at stake,” he "
                        + "added.",
                "“The next days will be decisive for everyone,” he said.");
        assertThat(quotes).extracting(ExtractedQuote::speakerText).containsExactly("Kalın", "Kalın", "Kalın");
    }

    @Test
    void pronounWithNobodyNamedIsNull() {
        assertThat(extract("“The next days will be decisive,” he said."))
                .containsExactly(new ExtractedQuote("The next days will be decisive", null));
        assertThat(extract("“We reject these accusations entirely,” it said in a statement."))
                .extracting(ExtractedQuote::speakerText)
                .containsOnlyNulls();
    }

    @Test
    void secondQuoteInASentenceAfterAddingUsesTheSameSpeaker() {
        List<ExtractedQuote> quotes = extract(
                "“The crossing will open soon,” Erdogan said, adding: “We will send " + "convoys the same day.”");
        assertThat(quotes)
                .containsExactly(
                        new ExtractedQuote("The crossing will open soon", "Erdogan"),
                        new ExtractedQuote("We will send convoys the same day.", "Erdogan"));
    }

    @Test
    void speakerBeforeAScareQuoteCarriesToTheNextQuote() {
        assertThat(extract("Fidan said on Sunday that the talks were “frank” and added, “Nobody at the table wants "
                        + "another war.”"))
                .containsExactly(
                        new ExtractedQuote("frank", "Fidan"),
                        new ExtractedQuote("Nobody at the table wants another war.", "Fidan"));
    }

    @Test
    void verbsInsideAnEarlierQuoteAreNotAttributions() {
        assertThat(extract("“The minister said nothing new today,” one diplomat complained, “and we are tired of "
                        + "waiting.”"))
                .extracting(ExtractedQuote::speakerText)
                .containsExactly("one diplomat", "one diplomat");
    }

    @Test
    void noSpeaker() {
        assertThat(extract("The sign read “No entry without a permit” in three languages."))
                .containsExactly(new ExtractedQuote("No entry without a permit", null));
    }

    @Test
    void shortQuotedWordsAreQuotesToo() {
        // The evaluation set counts one-word quotes (“martyr”): a quoted passage is a quote whatever its length.
        assertThat(extract("The group presented information on alleged “Israeli violations”, calling the aid "
                        + "“vital” for residents."))
                .extracting(ExtractedQuote::quote)
                .containsExactly("Israeli violations", "vital");
    }

    @Test
    void threeWordsAreAQuote() {
        assertThat(extract("“Enough is enough,” Erdogan said."))
                .extracting(ExtractedQuote::quote)
                .containsExactly("Enough is enough");
    }

    @Test
    void straightQuotes() {
        assertThat(extract("\"We are ready to talk,\" Hamas said. \"The ball is in their court,\" it added."))
                .containsExactly(
                        new ExtractedQuote("We are ready to talk", "Hamas"),
                        new ExtractedQuote("The ball is in their court", null));
    }

    @Test
    void multiParagraphQuoteDoesNotCrashAndKeepsItsSpeaker() {
        List<ExtractedQuote> quotes = extract(
                "Erdogan said at a rally in Ankara: “We have never left the people of Gaza alone and we never will.",
                "“Our aid convoys are ready at the border and they will move the moment the gate opens.",
                "“History will judge those who kept it closed.”",
                "He then left for Istanbul.");
        assertThat(quotes)
                .containsExactly(
                        new ExtractedQuote("We have never left the people of Gaza alone and we never will.", "Erdogan"),
                        new ExtractedQuote(
                                "Our aid convoys are ready at the border and they will move the moment the gate "
                                        + "opens.",
                                "Erdogan"),
                        new ExtractedQuote("History will judge those who kept it closed.", "Erdogan"));
    }

    @Test
    void unclosedStraightQuote() {
        assertThat(extract("The statement said: \"the crossing remains closed until further notice"))
                .containsExactly(
                        new ExtractedQuote("the crossing remains closed until further notice", "The statement"));
    }

    @Test
    void sentenceBoundariesLimitTheSpeakerSearch() {
        assertThat(extract("Fidan said the talks went well. “This is only the start of a long road.”"))
                .extracting(ExtractedQuote::speakerText)
                .containsOnlyNulls();
        // Abbreviations are no sentence end.
        assertThat(extract("U.S. envoy Steve Witkoff said: “We expect the second phase to start soon.”"))
                .extracting(ExtractedQuote::speakerText)
                .containsExactly("U.S. envoy Steve Witkoff");
    }

    @Test
    void clauseIsNoSpeaker() {
        assertThat(extract("“The talks must go on without delay,” and the meeting ended, which officials said."))
                .extracting(ExtractedQuote::speakerText)
                .containsOnlyNulls();
    }

    @Test
    void emptyInputs() {
        assertThat(extractor.extract(List.of())).isEmpty();
        assertThat(extractor.extract(null)).isEmpty();
        assertThat(extract("", "No quotes here at all.", "“", "\"", "”")).isEmpty();
    }

    @Test
    void spansFindOpenAndClose() {
        assertThat(QuoteExtractor.spans("a “b c” d \"e f"))
                .containsExactly(
                        new QuoteExtractor.Span(2, 3, 6, 7, true), new QuoteExtractor.Span(10, 11, 14, 14, false));
    }
}
