package dev.newsetl.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSignatureTest {
    @Test
    void theCompactStagedFormGivesBackEveryFeatureCountAndBoost() {
        StoryFeatures features = new StoryFeatures(
                new long[] {Long.MIN_VALUE, -1L, 7L, Long.MAX_VALUE},
                new int[] {1, 127, 128, 3_000_000},
                new float[] {1.0f, 1.25f, 1.5f, 0.75f});
        ArticleSignature s = new ArticleSignature(
                "0123456789abcdef",
                "ab",
                "wire",
                "Title",
                LocalDate.of(2026, 1, 5),
                TextSketch.of("one two three four five six seven eight nine ten eleven"),
                List.of(new StoryFeatures.EntityMention("ankara", "Ankara", EntityType.LOCATION, 2)),
                features);
        ArticleSignature back = ArticleSignature.fromBytes(s.toBytes());
        assertThat(back.features().keys()).containsExactly(features.keys());
        assertThat(back.features().counts()).containsExactly(features.counts());
        assertThat(back.features().boosts()).containsExactly(features.boosts());
        assertThat(back.entities()).isEqualTo(s.entities());
        assertThat(back.sketch().minhash()).isEqualTo(s.sketch().minhash());
        assertThat(back.date()).isEqualTo(s.date());
    }

    @Test
    void aWordKeyIsTheHashOfTheTaggedWord() {
        for (String w : List.of("grindavik", "2026", "kalin", "")) {
            assertThat(StoryFeatures.wordKey(w)).isEqualTo(SimHash.hash("w\u0000" + w));
        }
    }

    @Test
    void sketchesComparedEightBinsAtATimeGiveTheBytewiseEstimate() {
        TextSketch a = TextSketch.of("the volcano erupted overnight and lava reached the fishing town of Grindavik");
        TextSketch b = TextSketch.of("the volcano erupted overnight and lava reached the harbour of Grindavik today");
        for (TextSketch other : List.of(a, b, TextSketch.EMPTY)) {
            assertThat(TextSketch.resemblance(TextSketch.words(a.minhash()), 0, TextSketch.words(other.minhash()), 0))
                    .isEqualTo(a.resemblance(other));
        }
    }
}
