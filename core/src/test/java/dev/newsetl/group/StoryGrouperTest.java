package dev.newsetl.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 26);
    private static final StoryFeatures.EntityMention TRUMP =
            new StoryFeatures.EntityMention("donald-trump", "Donald Trump", EntityType.PERSON, 3);

    @Test
    void twoReportsOfOneEventShareAStoryAndAnArticleSharingOnlyAPopularNameDoesNot() {
        List<ArticleSignature> run = new ArrayList<>();
        run.add(signature(
                "a",
                "Volcano erupts near Reykjavik, flights grounded",
                "The Grindavik volcano erupted overnight and lava reached the fishing town; airlines grounded flights "
                        + "at Keflavik while the coast guard evacuated residents.",
                DAY,
                TRUMP));
        run.add(signature(
                "b",
                "Lava reaches Grindavik as volcano erupts",
                "Residents of Grindavik were evacuated by the coast guard after the volcano erupted overnight; "
                        + "Keflavik flights were grounded.",
                DAY.plusDays(1)));
        // Many unrelated articles mentioning the same popular person make him common in the run.
        for (int i = 0; i < 30; i++) {
            run.add(signature(
                    "t" + i,
                    "Markets react to tariff number " + i,
                    "Shares moved " + i + " points in trading on item" + i + " after remarks on policy" + i + ".",
                    DAY,
                    TRUMP));
        }
        List<String> stories = assign(run);
        assertThat(stories.get(1)).isEqualTo("a");
        assertThat(stories.subList(2, stories.size())).doesNotContain("a");
        assertThat(stories.subList(2, stories.size())).doesNotHaveDuplicates();
    }

    @Test
    void theSameWordsWeeksApartAreAnotherStory() {
        String title = "Volcano erupts near Reykjavik, flights grounded";
        String lead = "The Grindavik volcano erupted overnight; lava reached the fishing town and Keflavik closed.";
        List<ArticleSignature> run = new ArrayList<>(List.of(
                signature("a", title, lead, DAY),
                signature("b", title, lead + " Again.", DAY.plusDays(40)),
                signature("c", title, lead, null)));
        for (int i = 0; i < 5; i++) { // words in every article of a run are specific to none
            run.add(signature("x" + i, "Other news " + i, "Nothing" + i + " about item" + i + " here.", DAY));
        }
        List<String> stories = assign(run);
        assertThat(stories.get(1)).isEqualTo("b");
        assertThat(stories.get(2)).isEqualTo("a"); // an unknown date does not rule a story out
    }

    @Test
    void closedStoriesBecomeRowsWithSizeSourcesDatesTitleAndEntities() {
        List<StoryRow> rows = new ArrayList<>();
        String lead = "The Grindavik volcano erupted overnight; lava reached the fishing town and Keflavik closed.";
        List<ArticleSignature> run = List.of(
                signature("a", "Volcano erupts near Grindavik", lead, DAY, TRUMP),
                signature("b", "Grindavik volcano erupts", lead, DAY.plusDays(2), TRUMP));
        DocumentFrequencies df = new DocumentFrequencies();
        run.forEach(df::add);
        StoryGrouper grouper = new StoryGrouper(df, rows::add);
        grouper.assign(0, run.get(0), -1);
        grouper.assign(1, run.get(1), -1);
        grouper.finish();
        assertThat(rows)
                .containsExactly(new StoryRow(
                        "a", 2, 2, DAY, DAY.plusDays(2), "Volcano erupts near Grindavik", List.of("Donald Trump")));
    }

    private static List<String> assign(List<ArticleSignature> run) {
        DocumentFrequencies df = new DocumentFrequencies();
        run.forEach(df::add);
        StoryGrouper grouper = new StoryGrouper(df, row -> {});
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            stories.add(grouper.assign(i, run.get(i), -1));
        }
        return stories;
    }

    private static ArticleSignature signature(
            String id, String title, String body, LocalDate date, StoryFeatures.EntityMention... entities) {
        List<StoryFeatures.EntityMention> list = List.of(entities);
        return new ArticleSignature(
                id, id, "outlet-" + id, title, date, TextSketch.of(body), list, StoryFeatures.of(title, body, list));
    }
}
