package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dictionary is meant to grow to tens of thousands of names: building and matching must still work. */
class LargeDictionaryTest {

    private static final int ENTITIES = 20_000;

    /** A distinct pronounceable word per number, so generated names never clash after folding. */
    private static String word(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        do {
            b.append(consonants.charAt(n % consonants.length()));
            n /= consonants.length();
            b.append(vowels.charAt(n % vowels.length()));
            n /= vowels.length();
        } while (n > 0);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static AliasDictionary generated() {
        StringBuilder tsv = new StringBuilder("# generated\n");
        for (int i = 0; i < ENTITIES; i++) {
            String given = "Ğiven" + word(i);
            String family = "Şurname" + word(i);
            String type = switch (i % 3) {
                case 0 -> "PERSON";
                case 1 -> "ORGANIZATION";
                default -> "LOCATION";
            };
            tsv.append("gen-")
                    .append(i)
                    .append('\t')
                    .append(type)
                    .append('\t')
                    .append(given)
                    .append(' ')
                    .append(family)
                    .append('\t')
                    .append(given.charAt(0))
                    .append(". ")
                    .append(family)
                    .append('|')
                    .append("=GEN")
                    .append(word(i).toUpperCase())
                    .append('\n');
        }
        return AliasDictionary.parse(tsv.toString(), "generated.tsv");
    }

    @Test
    void twentyThousandEntitiesBuildAndMatch() {
        AliasDictionary dict = generated();
        assertThat(dict.entities()).hasSize(ENTITIES);
        NameMatcher matcher = new NameMatcher(dict);

        String text = "Yesterday " + "GIVEN" + word(0).toUpperCase() + " SURNAME" + word(0).toUpperCase()
                + " met Şurname" + word(3) + "’s envoy and the " + "GEN"
                + word(19_999).toUpperCase()
                + " board; gen" + word(5).toLowerCase() + " is not a match, nor is Givenx" + word(7) + ".";
        List<NameMatch> matches = matcher.find(text);
        assertThat(matches).extracting(m -> m.entity().id()).containsExactly("gen-0", "gen-3", "gen-19999");
        assertThat(matches.get(1).canonicalForm()).isEqualTo("Şurname" + word(3));
        assertThat(matches.get(2).canonicalForm()).isEqualTo("Ğiven" + word(19_999) + " Şurname" + word(19_999));
    }

    @Test
    void everyGeneratedEntityIsFoundByItsCanonicalName() {
        AliasDictionary dict = generated();
        NameMatcher matcher = new NameMatcher(dict);
        StringBuilder text = new StringBuilder();
        for (Entity e : dict.entities()) {
            text.append(e.canonicalName()).append(", ");
        }
        List<NameMatch> matches = matcher.find(text.toString());
        assertThat(matches).extracting(NameMatch::entity).containsExactlyElementsOf(dict.entities());
    }
}
