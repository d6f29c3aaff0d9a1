package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.Article;
import dev.newsetl.article.InputDocument;
import dev.newsetl.names.AliasDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The dateline's year-less day, resolved against the article's date through the whole extractor. */
class DatelineDateTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
            AliasDictionary.load(Path.of("config/aliases.tsv")),
            Clock.fixed(Instant.parse("2026-02-02T00:00:00Z"), ZoneOffset.UTC));
    private static final String STORY = """
            COFFEE GROWERS MEET ON EXPORT QUOTAS

                SALVADOR, Feb 26 - Coffee growers from twelve countries met here on Thursday to discuss how
            export quotas could be shared out before the next season begins.
                The talks are expected to last three days, delegates said.
            """;

    private static Article extract(String text) {
        return (Article)
                EXTRACTOR.extract(InputDocument.of("wire/coffee.txt", "wire", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void resolvesAgainstTheHeadersDate() {
        Article a = extract("Date: 1987-03-02\n\n" + STORY);
        assertThat(a.dateline()).isEqualTo("SALVADOR, Feb 26");
        assertThat(a.datelineDate()).isEqualTo(LocalDate.of(1987, 2, 26));
    }

    @Test
    void staysTextWhenTheArticleHasNoDate() {
        Article a = extract(STORY);
        assertThat(a.dateline()).isEqualTo("SALVADOR, Feb 26");
        assertThat(a.publishedAt()).isNull();
        assertThat(a.datelineDate()).isNull();
    }
}
