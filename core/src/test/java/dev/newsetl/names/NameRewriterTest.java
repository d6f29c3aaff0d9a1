package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsetl.article.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRewriterTest {

    private static final AliasDictionary DICT = AliasDictionary.load(Path.of("config/aliases.tsv"));
    private static final NameMatcher MATCHER = new NameMatcher(DICT);

    private static String rewrite(String text) {
        return NameRewriter.rewrite(text, MATCHER.find(text));
    }

    @Test
    void keepsPossessiveSuffix() {
        assertThat(rewrite("Erdogan's speech")).isEqualTo("Erdoğan's speech");
        assertThat(rewrite("Kalin’s office")).isEqualTo("Kalın’s office");
    }

    @Test
    void keepsTurkishSuffix() {
        assertThat(rewrite("Turkiye'nin rolü")).isEqualTo("Türkiye'nin rolü");
    }

    @Test
    void keepsHyphenCompound() {
        assertThat(rewrite("a Kalin-led team")).isEqualTo("a Kalın-led team");
    }

    @Test
    void fullNamesBecomeCanonical() {
        assertThat(rewrite("IBRAHIM KALIN met Tayyip Erdogan near the Rafah crossing in Turkey"))
                .isEqualTo("İbrahim Kalın met Recep Tayyip Erdoğan near the Rafah Border Crossing in Türkiye");
    }

    @Test
    void shortReferencesStayShort() {
        assertThat(rewrite("Netanyahu and Erdogan discussed Gaza")).isEqualTo("Netanyahu and Erdoğan discussed Gaza");
    }

    @Test
    void sentenceFinalAbbreviationKeepsItsFullStop() {
        assertThat(rewrite("He flew to the U.S. Then he left.")).isEqualTo("He flew to the U.S. Then he left.");
    }

    @Test
    void textWithoutNamesIsUnchanged() {
        String text = "a turkey dinner, mit dem Zug";
        assertThat(rewrite(text)).isEqualTo(text);
    }

    @Test
    void idempotentOnAnArticle() throws Exception {
        String text = Files.readString(Path.of("core/src/test/resources/names/article-mixed-spellings.txt"));
        String once = rewrite(text);
        assertThat(once).isNotEqualTo(text).contains("İbrahim Kalın", "Kalın’s", "Erdoğan said", "Türkiye-backed");
        assertThat(rewrite(once)).isEqualTo(once);
    }

    @Test
    void idempotentForEveryAliasInTheDictionary() {
        for (Alias alias : DICT.aliases()) {
            String text = "Yesterday " + alias.text() + "'s team met " + alias.text() + " in the city.";
            String once = rewrite(text);
            assertThat(rewrite(once)).as(alias.text()).isEqualTo(once);
        }
    }

    @Test
    void everyAliasIsFoundAsItsEntity() {
        for (Alias alias : DICT.aliases()) {
            String text = "Yesterday " + alias.text() + " said.";
            assertThat(MATCHER.find(text))
                    .as(alias.text())
                    .singleElement()
                    .satisfies(m -> assertThat(m.entity()).isEqualTo(alias.entity()));
        }
    }

    @Test
    void rejectsOverlappingMatches() {
        Entity e = new Entity("x", "X", EntityType.LOCATION, false);
        List<NameMatch> overlapping = List.of(new NameMatch(0, 4, e, "X"), new NameMatch(2, 6, e, "X"));
        assertThatThrownBy(() -> NameRewriter.rewrite("abcdefgh", overlapping))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NameRewriter.rewrite("ab", List.of(new NameMatch(0, 4, e, "X"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noMatchesNoChange() {
        assertThat(NameRewriter.rewrite("anything", List.of())).isEqualTo("anything");
    }
}
