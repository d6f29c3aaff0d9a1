package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.Reject;
import dev.newsetl.extract.EvaluationSet.ExpectedArticle;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.AvailableRecognizer;
import dev.newsetl.names.Entity;
import dev.newsetl.names.NameMatch;
import dev.newsetl.names.NameMatcher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real {@link ArticleExtractor} with the real dictionary over the annotated evaluation set
 * ({@code src/test/resources/eval}, rules in its README) and scores it: entity precision and recall overall and per
 * type, and exact-match accuracy of title, date, language, agencies and quotes. Prints the figures (docs/QUALITY.md
 * shows them); a failure lists the articles and values that differ, so a curator can fix the dictionary or the code.
 * Re-run with {@code mvn -B test -Dtest=EvaluationTest}.
 */
class EvaluationTest {

    static final double MIN_ENTITY_SCORE = 0.98;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-15T00:00:00Z"), ZoneOffset.UTC);

    private static final EntityScore ENTITIES = new EntityScore();
    private static final FieldScore TITLE = new FieldScore("title");
    private static final FieldScore PUBLISHED_AT = new FieldScore("published_at");
    private static final FieldScore DATE_SOURCE = new FieldScore("date_source");
    private static final FieldScore LANGUAGE = new FieldScore("language");
    private static final FieldScore AGENCIES = new FieldScore("agencies");
    private static final QuoteScore QUOTES = new QuoteScore();
    private static final List<String> REJECTED = new ArrayList<>();
    private static int articles;

    /**
     * The entity rows that are scored. The truth lists the dictionary's entities only, so a recognized name is
     * scored only where it is wrong: when one of its spellings is, whole, a dictionary name (the recognizer took a
     * name the dictionary should have had), it counts as found and not expected, against precision. Other
     * recognized names (people and places the dictionary does not list) are outside the truth and not scored;
     * the real-news evaluations (RecognitionEvaluationTest) measure those.
     */
    static List<EntityStat> scored(List<EntityStat> entities, NameMatcher matcher) {
        List<EntityStat> out = new ArrayList<>(entities.size());
        for (EntityStat e : entities) {
            if (e.foundBy().equals(EntityStat.DICTIONARY)
                    || e.surfaceForms().stream().anyMatch(s -> {
                        List<NameMatch> m = matcher.find(s);
                        return m.size() == 1
                                && m.get(0).start() == 0
                                && m.get(0).end() == s.length();
                    })) {
                out.add(e);
            }
        }
        return out;
    }

    @BeforeAll
    static void runTheEvaluationSet() {
        AliasDictionary dictionary = AliasDictionary.load(Path.of("config/aliases.tsv"));
        Map<String, String> idByCanonical = new HashMap<>();
        Map<String, EntityType> typeById = new HashMap<>();
        for (Entity e : dictionary.entities()) {
            idByCanonical.put(e.canonicalName(), e.id());
            typeById.put(e.id(), e.type());
        }
        ArticleExtractor extractor = new ArticleExtractor(dictionary, CLOCK, AvailableRecognizer.get());
        NameMatcher matcher = new NameMatcher(dictionary);
        for (ExpectedArticle want : EvaluationSet.load()) {
            articles++;
            String file = want.file();
            FileOutcome outcome = extractor.extract(InputDocument.of("eval/" + file, "eval", want.bytes()));
            if (outcome instanceof Reject reject) {
                REJECTED.add("  " + file + ": " + reject.reason() + " " + reject.detail());
                ENTITIES.add(file, want.entities(), List.of(), typeById::get);
                continue;
            }
            Article got = (Article) outcome;
            ENTITIES.add(
                    file,
                    want.entities(),
                    scored(got.entities(), matcher),
                    id -> typeById.getOrDefault(id, EntityType.LOCATION));
            TITLE.add(file, want.title(), got.title());
            PUBLISHED_AT.add(file, want.publishedAt(), got.publishedAt());
            DATE_SOURCE.add(file, want.dateSource(), got.dateSource());
            LANGUAGE.add(file, want.language(), got.language());
            Set<String> agencies = new TreeSet<>();
            for (String name : got.agencies()) {
                agencies.add(idByCanonical.getOrDefault(name, name));
            }
            AGENCIES.add(file, new TreeSet<>(want.agencies()), agencies);
            QUOTES.add(file, want.quotes(), got.quotes());
        }
        System.out.println(report());
    }

    @Test
    void everyArticleBecomesAnArticle() {
        assertThat(REJECTED)
                .withFailMessage("rejected eval articles:%n%s", String.join("\n", REJECTED))
                .isEmpty();
        assertThat(articles).isEqualTo(46);
    }

    @Test
    void entityPrecisionAndRecallReachTheTarget() {
        EntityScore.Tally all = ENTITIES.overall();
        String message = String.format(
                "entity precision %.4f, recall %.4f (target %.2f for both). "
                        + "Articles and entities whose mention counts differ:%n%s",
                all.precision(), all.recall(), MIN_ENTITY_SCORE, String.join("\n", ENTITIES.differences()));
        assertThat(all.precision()).withFailMessage(message).isGreaterThanOrEqualTo(MIN_ENTITY_SCORE);
        assertThat(all.recall()).withFailMessage(message).isGreaterThanOrEqualTo(MIN_ENTITY_SCORE);
    }

    @Test
    void titlesAreExact() {
        assertExactly(TITLE, 1.0);
    }

    @Test
    void publicationDatesAndTheirSourceAreExact() {
        assertExactly(PUBLISHED_AT, 1.0);
        assertExactly(DATE_SOURCE, 1.0);
    }

    @Test
    void languagesAreAlmostAllRight() {
        assertExactly(LANGUAGE, 0.95);
    }

    @Test
    void agenciesAreExact() {
        assertExactly(AGENCIES, 1.0);
    }

    @Test
    void quotesAreReported() {
        assertThat(QUOTES.lists().total()).isEqualTo(articles - REJECTED.size());
        assertThat(QUOTES.found()).isPositive();
        {
            String message = String.format(
                    "quote texts %d of %d annotated, %d found; quotes that differ:%n%s",
                    QUOTES.matched(), QUOTES.expected(), QUOTES.found(), String.join("\n", QUOTES.differences()));
            assertThat((double) QUOTES.matched() / QUOTES.expected())
                    .withFailMessage(message)
                    .isGreaterThanOrEqualTo(0.95);
            assertThat((double) QUOTES.matched() / QUOTES.found())
                    .withFailMessage(message)
                    .isGreaterThanOrEqualTo(0.95);
            assertThat((double) QUOTES.speakersRight() / QUOTES.expected())
                    .withFailMessage(message)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    private static void assertExactly(FieldScore score, double minimum) {
        assertThat(score.accuracy())
                .withFailMessage(
                        "%s accuracy %.4f is below %.2f; articles that differ:%n%s",
                        score.field(), score.accuracy(), minimum, String.join("\n", score.differences()))
                .isGreaterThanOrEqualTo(minimum);
    }

    /** The figures as a small table, plus every difference, for the build log and docs/QUALITY.md. */
    static String report() {
        StringBuilder out = new StringBuilder();
        EntityScore.Tally all = ENTITIES.overall();
        out.append(String.format(
                "%nEvaluation set: %d articles, %d expected mentions, %d quotes%n%n",
                articles, all.expected(), QUOTES.expected()));
        out.append(String.format(
                "%-14s %6s %6s %8s %9s %7s%n", "entities", "TP", "found", "expected", "precision", "recall"));
        row(out, "overall", all);
        for (EntityType type : EntityType.values()) {
            row(out, type.name(), ENTITIES.of(type));
        }
        out.append(String.format("%n%-22s %7s %5s %8s%n", "field", "correct", "total", "accuracy"));
        for (FieldScore f : List.of(TITLE, PUBLISHED_AT, DATE_SOURCE, LANGUAGE, AGENCIES, QUOTES.lists())) {
            out.append(String.format("%-22s %7d %5d %7.1f%%%n", f.field(), f.correct(), f.total(), 100 * f.accuracy()));
        }
        out.append(String.format(
                "%-22s %7d %5d %7.1f%%   (found %d; precision %.1f%%)%n",
                "quote texts",
                QUOTES.matched(),
                QUOTES.expected(),
                percent(QUOTES.matched(), QUOTES.expected()),
                QUOTES.found(),
                QUOTES.found() == 0 ? 100.0 : percent(QUOTES.matched(), QUOTES.found())));
        out.append(String.format(
                "%-22s %7d %5d %7.1f%%%n",
                "quote speakers",
                QUOTES.speakersRight(),
                QUOTES.expected(),
                percent(QUOTES.speakersRight(), QUOTES.expected())));
        Set<String> details = new LinkedHashSet<>();
        if (!REJECTED.isEmpty()) {
            details.add("rejected:\n" + String.join("\n", REJECTED));
        }
        if (!ENTITIES.differences().isEmpty()) {
            details.add("entity counts that differ:\n" + String.join("\n", ENTITIES.differences()));
        }
        for (FieldScore f : List.of(TITLE, PUBLISHED_AT, DATE_SOURCE, LANGUAGE, AGENCIES)) {
            if (!f.differences().isEmpty()) {
                details.add(f.field() + " differs:\n" + String.join("\n", f.differences()));
            }
        }
        if (QUOTES.found() > 0 && !QUOTES.differences().isEmpty()) {
            details.add("quotes that differ:\n" + String.join("\n", QUOTES.differences()));
        }
        for (String d : details) {
            out.append('\n').append(d).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, EntityScore.Tally t) {
        out.append(String.format(
                "%-14s %6d %6d %8d %8.1f%% %6.1f%%%n",
                label, t.truePositives(), t.found(), t.expected(), 100 * t.precision(), 100 * t.recall()));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
