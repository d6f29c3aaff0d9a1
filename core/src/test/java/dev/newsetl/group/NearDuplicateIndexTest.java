package dev.newsetl.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsetl.extract.ContentHash;
import dev.newsetl.extract.Fixtures;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private static final String ORIGINAL = Fixtures.read("simhash-ceasefire-talks-original.txt");
    private static final String UNRELATED = Fixtures.read("simhash-football-derby-unrelated.txt");

    @Test
    void emptyIndexFindsNothing() {
        assertThat(new NearDuplicateIndex().firstMatch(TextSketch.of(ORIGINAL), "abc"))
                .isEqualTo(-1);
    }

    @Test
    void anEditedRepublicationWithACutParagraphIsFoundAndAnUnrelatedTextIsNot() {
        String[] paragraphs = ORIGINAL.split("\n\n");
        String edited = String.join("\n\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length - 1))
                .replace("said", "stated");
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("orig", TextSketch.of(ORIGINAL), ContentHash.sha256Hex(ORIGINAL));
        assertThat(TextSketch.of(edited).resemblance(TextSketch.of(ORIGINAL))).isGreaterThan(0.5);
        assertThat(index.firstMatchId(TextSketch.of(edited), ContentHash.sha256Hex(edited)))
                .isEqualTo("orig");
        assertThat(index.firstMatchId(TextSketch.of(UNRELATED), ContentHash.sha256Hex(UNRELATED)))
                .isNull();
        assertThat(TextSketch.of(UNRELATED).resemblance(TextSketch.of(ORIGINAL)))
                .isLessThan(0.1);
    }

    @Test
    void shortTextsMatchOnlyWhenIdentical() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("a", TextSketch.of("Gaza talks resume"), ContentHash.sha256Hex("Gaza talks resume"));
        assertThat(index.firstMatchId(TextSketch.of("Gaza talks resume"), ContentHash.sha256Hex("Gaza talks resume")))
                .isEqualTo("a");
        assertThat(index.firstMatchId(TextSketch.of("Gaza talks resumed"), ContentHash.sha256Hex("Gaza talks resumed")))
                .isNull();
    }

    @Test
    void theEarliestOfSeveralMatchesWinsAndIdsComeBack() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("0123456789abcdef", TextSketch.of(UNRELATED), "x");
        index.add("fedcba9876543210", TextSketch.of(ORIGINAL), "y");
        index.add("later", TextSketch.of(ORIGINAL + " An added closing sentence."), "z");
        assertThat(index.firstMatchId(TextSketch.of(ORIGINAL), "w")).isEqualTo("fedcba9876543210");
        assertThat(index.idAt(0)).isEqualTo("0123456789abcdef");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new NearDuplicateIndex(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NearDuplicateIndex(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
