package dev.newsetl.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 26);
    private static final StoryFeatures.EntityMention GUNMAN =
            new StoryFeatures.EntityMention("per-ansel-brook", "Ansel Brook", EntityType.PERSON, 4);
    private static final String SHOOTING = "Ansel Brook opened fire at the Harlow accounting office on Monday, "
            + "killing one colleague and wounding two; police arrested Brook at a motel in Harlow.";
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
    void aFollowUpWeeksLaterAboutTheStorysPersonJoinsItAndOneAboutNobodyOfItDoesNot() {
        String verdict = "A Harlow jury convicted Ansel Brook of murder for the accounting office shooting; Brook, "
                + "fired the week before the attack, faces life in prison.";
        List<ArticleSignature> run = new ArrayList<>(List.of(
                signature("a", "Gunman kills one at Harlow accounting office", SHOOTING, DAY, GUNMAN),
                signature("b", "Harlow office shooting suspect arrested", SHOOTING + " He had a shotgun.", DAY, GUNMAN),
                signature("c", "Jury convicts Harlow office gunman", verdict, DAY.plusDays(200), GUNMAN),
                // the same words, weeks later, with nobody of the story at its centre: another event
                signature("d", "Harlow accounting office shooting", SHOOTING + " A second one.", DAY.plusDays(60))));
        List<String> stories = assign(withOtherNews(run));
        assertThat(stories.subList(0, 4)).containsExactly("a", "a", "a", "d");
    }

    @Test
    void aDateIsNearAStoryWhenNearOneOfItsReportsNotBetweenTheFirstAndTheLast() {
        List<ArticleSignature> run = new ArrayList<>(List.of(
                signature("a", "Gunman kills one at Harlow accounting office", SHOOTING, DAY, GUNMAN),
                signature("b", "Harlow gunman convicted", SHOOTING + " Convicted.", DAY.plusDays(120), GUNMAN),
                // between the two reports, more than five days from either, about nobody of the story
                signature("c", "Harlow accounting office shooting", SHOOTING + " Again.", DAY.plusDays(60))));
        List<String> stories = assign(withOtherNews(run));
        assertThat(stories.subList(0, 3)).containsExactly("a", "a", "c");
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

    @Test
    void aReportAboutAnotherPersonOfTheSameKindOfEventIsHeldApart() {
        StoryFeatures.EntityMention reid =
                new StoryFeatures.EntityMention("tara-reid", "Tara Reid", EntityType.PERSON, 3);
        StoryFeatures.EntityMention reidAgain =
                new StoryFeatures.EntityMention("per-reid", "Reid", EntityType.PERSON, 4);
        StoryFeatures.EntityMention lohan =
                new StoryFeatures.EntityMention("lindsay-lohan", "Lindsay Lohan", EntityType.PERSON, 3);
        String first = "The actress checked into the Promises rehab clinic in Malibu on Sunday, her publicist said; "
                + "the stay follows a turbulent year.";
        String second = "Reports on Friday: the star went to rehab clinic near Malibu, says publicist, amid "
                + "divorce filings, missed auditions and canceled tour dates.";
        // The same pair of reports (cosine about 0.73): joined when both are about one person, held apart when about
        // two, at a threshold (0.6) the pair meets but not at 0.7 of its similarity.
        List<String> samePerson = assign(
                0.6,
                withFiller(
                        signature("a", "Actress enters rehab", first, null, reid),
                        signature("b", "Star checks into rehab after divorce", second, null, reidAgain)));
        List<String> twoPeople = assign(
                0.6,
                withFiller(
                        signature("a", "Actress enters rehab", first, null, reid),
                        signature("b", "Star checks into rehab after divorce", second, null, lohan)));
        assertThat(samePerson.get(1)).isEqualTo("a");
        assertThat(twoPeople.get(1)).isEqualTo("b");
    }

    /** The run with 30 unrelated articles of {@code DAY} after it, so the story's words are specific to it. */
    private static List<ArticleSignature> withOtherNews(List<ArticleSignature> run) {
        for (int i = 0; i < 30; i++) {
            run.add(signature("x" + i, "Other news " + i, "Nothing" + i + " about item" + i + " here.", DAY));
        }
        return run;
    }

    private static List<ArticleSignature> withFiller(ArticleSignature a, ArticleSignature b) {
        List<ArticleSignature> run = new ArrayList<>(List.of(a, b));
        // Other articles of the run share the second report's background words, so it is only partly like the first.
        String[] background = {
            "divorce", "filings", "missed", "auditions", "canceled", "tour", "dates", "star", "checks", "reports"
        };
        for (int i = 0; i < 24; i++) {
            run.add(signature(
                    "x" + i,
                    "Other news " + i,
                    "Nothing" + i + " about item" + i + ", " + background[i % background.length] + ", "
                            + background[(i + 3) % background.length] + ".",
                    null));
        }
        return run;
    }

    private static List<String> assign(List<ArticleSignature> run) {
        return assign(StoryGrouper.DEFAULT_MIN_SIMILARITY, run);
    }

    private static List<String> assign(double minSimilarity, List<ArticleSignature> run) {
        DocumentFrequencies df = new DocumentFrequencies();
        run.forEach(df::add);
        StoryGrouper grouper = new StoryGrouper(
                df, row -> {}, minSimilarity, StoryGrouper.DEFAULT_MAX_DAYS_APART, StoryGrouper.DEFAULT_MAX_STORIES);
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
