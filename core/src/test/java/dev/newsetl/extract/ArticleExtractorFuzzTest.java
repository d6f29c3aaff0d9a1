package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.newsetl.article.Article;
import dev.newsetl.article.EntityStat;
import dev.newsetl.article.EntityType;
import dev.newsetl.article.FileOutcome;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.Reject;
import dev.newsetl.names.AliasDictionary;
import dev.newsetl.names.NameMatch;
import dev.newsetl.names.NameMatcher;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.NameRewriter;
import dev.newsetl.names.RecognizedName;
import dev.newsetl.names.TaggingRecognizer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Untrusted bytes through the whole per-file pipeline, and arbitrary text through the name normalizer, with a fixed
 * seed and a bounded budget: nothing escapes as an exception, every file ends as an article or a reject, and
 * rewriting names is idempotent.
 */
class ArticleExtractorFuzzTest {
    private static final AliasDictionary DICTIONARY = AliasDictionary.load(Path.of("config/aliases.tsv"));
    private static final String[] PIECES = {
        "Kalın",
        "KALIN",
        "Kalin's",
        "Erdoğan’s",
        "ERDOĞAN",
        "Türkiye'nin",
        "Turkey",
        "turkey",
        "İBRAHİM",
        "ı",
        "İ",
        "MIT",
        "Mit",
        "aa",
        "AA",
        "Hamas'",
        "Rafah border crossing",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "-",
        "Kalın-led",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        "Title: x\n",
        "(AFP Photo)",
        "Jan. 25, 2026",
        "U.S.",
        "\u0000",
        "\u00a0",
        "\u200b",
        "\uFEFF",
        "é",
        "😀",
        "Gazze",
        "al-Hayya"
    };

    private final ArticleExtractor extractor =
            new ArticleExtractor(DICTIONARY, Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
    private final NameMatcher matcher = new NameMatcher(DICTIONARY);

    @Test
    void arbitraryBytesBecomeAnArticleOrAReject() {
        Random random = new Random(20260124L);
        Charset[] charsets = {
            StandardCharsets.UTF_8,
            Charset.forName("windows-1254"),
            Charset.forName("windows-1252"),
            StandardCharsets.UTF_16LE
        };
        for (int i = 0; i < 3000; i++) {
            byte[] bytes;
            if (i % 3 == 0) {
                bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
            } else {
                bytes = text(random).getBytes(charsets[random.nextInt(charsets.length)]);
            }
            InputDocument document = InputDocument.of("fuzz/" + i + ".txt", "fuzz", bytes);
            FileOutcome[] outcome = new FileOutcome[1];
            assertThatCode(() -> outcome[0] = extractor.extract(document))
                    .as("input #%d", i)
                    .doesNotThrowAnyException();
            assertThat(outcome[0]).isInstanceOfAny(Article.class, Reject.class);
            if (outcome[0] instanceof Article article) {
                assertThat(article.body()).isNotBlank().doesNotContain("\u0000");
                assertThat(article.bodyNormalized()).isEqualTo(rewrite(article.bodyNormalized()));
            }
        }
    }

    @Test
    void nameRewritingIsIdempotentOnArbitraryText() {
        Random random = new Random(7L);
        for (int i = 0; i < 5000; i++) {
            String text = text(random);
            String once = rewrite(text);
            assertThat(rewrite(once)).as("input #%d: %s", i, text).isEqualTo(once);
        }
    }

    /**
     * The dictionary's rewriting again. Ambiguous aliases ({@code ?MIT}) are left alone: whether they count depends
     * on the rest of the article, and where they counted they were already rewritten to a canonical name.
     */
    private String rewrite(String text) {
        List<NameMatch> matches =
                matcher.find(text).stream().filter(m -> !m.ambiguous()).toList();
        return NameRewriter.rewrite(text, matches);
    }

    /**
     * Recognizers that behave and one that does not (random spans, types and confidences, overlapping, past the end,
     * NaN): the extractor still gives an article or a reject, every entity row is well formed, and body_normalized
     * keeps its shape.
     */
    @Test
    void oddTextAndOddRecognizersNeverThrow() {
        Random random = new Random(20261201L);
        NameRecognizer tagging = new TaggingRecognizer(0.9)
                .tag(EntityType.PERSON, "Ömür Tan", "ÖMÜR TAN", "Tan", "Omur Tan", "Kalın", "İBRAHİM")
                .tag(EntityType.ORGANIZATION, "MIT", "Mit", "Türkiye Cumhuriyet Merkez Bankası", "TCMB", "AA", "U.S.")
                .tag(EntityType.LOCATION, "Türkiye'nin", "Gazze", "Turkey", "é");
        NameRecognizer wild = (text, language) -> {
            List<RecognizedName> out = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0 && !text.isEmpty(); k--) {
                int start = random.nextInt(text.length());
                int end = start + 1 + random.nextInt(Math.min(40, text.length() + 5));
                out.add(new RecognizedName(
                        start,
                        end,
                        EntityType.values()[random.nextInt(3)],
                        random.nextInt(5) == 0 ? Double.NaN : random.nextDouble() * 2 - 0.5));
            }
            if (random.nextInt(50) == 0) {
                throw new IllegalStateException("a recognizer that breaks its promise");
            }
            return out;
        };
        Clock clock = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
        for (NameRecognizer recognizer : List.of(tagging, wild)) {
            ArticleExtractor withRecognizer = new ArticleExtractor(DICTIONARY, clock, recognizer);
            for (int i = 0; i < 1500; i++) {
                String text = (random.nextBoolean() ? "Title: " + text(random) + "\n\n" : "") + text(random) + "\n\n"
                        + text(random);
                InputDocument document =
                        InputDocument.of("fuzz/" + i + ".txt", "fuzz", text.getBytes(StandardCharsets.UTF_8));
                FileOutcome[] outcome = new FileOutcome[1];
                assertThatCode(() -> outcome[0] = withRecognizer.extract(document))
                        .as("input #%d: %s", i, text)
                        .doesNotThrowAnyException();
                assertThat(outcome[0]).isInstanceOfAny(Article.class, Reject.class);
                if (outcome[0] instanceof Article article) {
                    assertThat(article.bodyNormalized()).isNotBlank();
                    for (EntityStat e : article.entities()) {
                        assertThat(e.name()).as("input #%d", i).isNotBlank().doesNotContain("\n");
                        assertThat(e.surfaceForms()).isNotEmpty();
                        if (e.foundBy().equals(EntityStat.RECOGNIZED)) {
                            assertThat(e.entityId()).matches("(per|org|loc)-[a-z0-9]+(-[a-z0-9]+)*");
                            assertThat(e.confidence()).isBetween(0.0, 1.0);
                        }
                    }
                }
            }
        }
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(4) == 0) {
                out.append((char) random.nextInt(0x3000));
            } else {
                out.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                out.append(' ');
            }
        }
        return out.toString();
    }
}
