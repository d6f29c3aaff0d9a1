package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Article;
import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.InputDocument;
import dev.newsetl.names.AliasDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stamp line's date fills {@code published_at} only when nothing better says when the story was published. */
class ArticleExtractorStampDateTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            AliasDictionary.load(Path.of("config/aliases.tsv")),
            Clock.fixed(Instant.parse("2026-02-02T00:00:00Z"), ZoneOffset.UTC));
    private static final String STAMPED = """
            Harbour council closes the old ferry pier
            March 9th, 2021 6: 40pm EDT
            The town council voted on Tuesday night to close the old ferry pier after engineers found cracks in it.
            The pier will stay closed until the spring, the mayor said.
            """;

    private static Article extract(String text) {
        return extract(text, DocumentHints.NONE);
    }

    private static Article extract(String text, DocumentHints hints) {
        return (Article) EXTRACTOR.extract(
                InputDocument.of("local/pier.txt", "local", text.getBytes(StandardCharsets.UTF_8), hints));
    }

    @Test
    void theStampDatesAnArticleWithNoOtherDate() {
        Article a = extract(STAMPED);

        assertThat(a.title()).isEqualTo("Harbour council closes the old ferry pier");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2021-03-09T22:40:00Z"));
        assertThat(a.dateSource()).isEqualTo("page");
        assertThat(a.body()).doesNotContain("EDT").startsWith("The town council voted");
    }

    @Test
    void aHeaderDateWins() {
        Article a = extract("Published: 2021-03-08\n\n" + STAMPED);

        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2021-03-08T00:00:00Z"));
        assertThat(a.dateSource()).isEqualTo("header");
    }

    @Test
    void aCaptionDateWins() {
        Article a = extract(STAMPED.replace(
                "EDT\n", "EDT\nEngineers inspect the ferry pier in Harbour Town, March 8, 2021. (AFP Photo)\n\n"));

        assertThat(a.caption()).isEqualTo("Engineers inspect the ferry pier in Harbour Town, March 8, 2021.");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2021-03-08T00:00:00Z"));
        assertThat(a.dateSource()).isEqualTo("caption");
    }

    @Test
    void aProducersDateWins() {
        DocumentHints given = new DocumentHints(
                null, null, null, null, null, Instant.parse("2021-03-07T12:00:00Z"), "json", List.of(), null, null);
        Article a = extract(STAMPED, given);

        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2021-03-07T12:00:00Z"));
        assertThat(a.dateSource()).isEqualTo("json");
    }

    @Test
    void aStampMoreThanAYearAheadIsIgnored() {
        Article a = extract(STAMPED.replace("2021", "2029"));

        assertThat(a.publishedAt()).isNull();
        assertThat(a.dateSource()).isNull();
        assertThat(a.title()).isEqualTo("Harbour council closes the old ferry pier");
    }
}
