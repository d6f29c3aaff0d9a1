package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameTokenizerTest {

    private static List<String> words(String text) {
        return NameTokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsTurkishSuffixAfterApostropheAsItsOwnToken() {
        assertThat(words("Erdoğan'ın Ankara’daki toplantısı"))
                .containsExactly("Erdoğan", "'ın", "Ankara", "’daki", "toplantısı");
        assertThat(NameTokenizer.tokenize("Erdoğan'ın").get(1).isApostropheSuffix())
                .isTrue();
    }

    @Test
    void keepsAbbreviationsNumbersAndJoinedWords() {
        assertThat(words("The U.S. and S&P 500 rose 1,250.5 points, Mr. Smith said."))
                .containsExactly(
                        "The", "U.S.", "and", "S&P", "500", "rose", "1,250.5", "points", ",", "Mr.", "Smith", "said",
                        ".");
        assertThat(words("Anglo-Dutch group (AT&T) ends."))
                .containsExactly("Anglo-Dutch", "group", "(", "AT&T", ")", "ends", ".");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "\uFEFF  İBRAHİM KALIN\t— “Türkiye'nin” 😀 emoji\r\nend";
        for (Token t : NameTokenizer.tokenize(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(words(text)).contains("İBRAHİM", "KALIN", "Türkiye", "'nin");
    }

    @Test
    void aLoneApostropheOrQuoteIsPunctuation() {
        assertThat(words("' x '")).containsExactly("'", "x", "'");
        assertThat(words("")).isEmpty();
    }
}
