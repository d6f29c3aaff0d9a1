package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishNonNamesTest {
    private static DocumentFeatures features(String text) {
        List<Token> tokens = NameTokenizer.tokenize(text);
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        return new DocumentFeatures(words, SentenceStarts.of(text, tokens), Gazetteer.empty());
    }

    @Test
    void unitsClockWordsAndShortMonthsAloneAreNoNames() {
        // tokens: The(0) laptop(1) has(2) 16(3) GB(4) of(5) RAM(6) ,(7) on(8) sale(9) Jun(10) 12(11) at(12) 10(13)
        // AM(14) PDT(15) ,(16) said(17) Tim(18) Cook(19) .(20)
        DocumentFeatures f = features("The laptop has 16 GB of RAM, on sale Jun 12 at 10 AM PDT, said Tim Cook.");
        List<TaggedSpan> spans = List.of(
                new TaggedSpan(4, 4, "ORG", 0.6),
                new TaggedSpan(6, 6, "LOC", 0.6),
                new TaggedSpan(10, 10, "PER", 0.6),
                new TaggedSpan(14, 15, "ORG", 0.6), // two words: not this rule's to judge
                new TaggedSpan(18, 19, "PER", 0.9));
        assertThat(EnglishNonNames.drop(f, spans))
                .containsExactly(new TaggedSpan(14, 15, "ORG", 0.6), new TaggedSpan(18, 19, "PER", 0.9));
    }

    @Test
    void givenNamesThatAreMonthsStay() {
        DocumentFeatures f = features("May said June would decide.");
        List<TaggedSpan> spans = List.of(new TaggedSpan(0, 0, "PER", 0.8), new TaggedSpan(2, 2, "PER", 0.8));
        assertThat(EnglishNonNames.drop(f, spans)).isSameAs(spans);
    }
}
