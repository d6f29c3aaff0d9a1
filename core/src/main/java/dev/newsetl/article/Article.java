package dev.newsetl.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One curated article: a row of articles.csv / articles parquet, plus the entity and quote rows that belong to it,
 * and the capitalized names the dictionary did not know (for name_candidates.csv).
 * See docs/DATASET.md for every column. Nullable fields are null when the input does not say.
 */
public record Article(
        String articleId,
        String source,
        String sourceFile,
        String url,
        String title,
        String caption,
        String photoCredit,
        Instant publishedAt,
        String dateSource,
        String language,
        String body,
        String bodyNormalized,
        List<String> persons,
        List<String> organizations,
        List<String> locations,
        List<String> agencies,
        int paragraphCount,
        int wordCount,
        String contentSha256,
        long simhash,
        String duplicateOf,
        String storyId,
        String encoding,
        Instant ingestedAt,
        List<EntityStat> entities,
        List<Quote> quotes,
        List<String> nameCandidates,
        String dateline,
        List<String> authors,
        String summary,
        List<String> subheadings,
        String canonicalUrl,
        String siteName,
        Instant fetchedAt,
        LocalDate datelineDate)
        implements FileOutcome {

    public Article {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(body, "body");
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        locations = List.copyOf(locations);
        agencies = List.copyOf(agencies);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        nameCandidates = List.copyOf(nameCandidates);
        authors = authors == null ? List.of() : List.copyOf(authors);
        subheadings = subheadings == null ? List.of() : List.copyOf(subheadings);
    }

    /** This article with duplicate and story decided, which needs the articles seen before it. */
    public Article withGrouping(String duplicateOf, String storyId) {
        return new Article(
                articleId,
                source,
                sourceFile,
                url,
                title,
                caption,
                photoCredit,
                publishedAt,
                dateSource,
                language,
                body,
                bodyNormalized,
                persons,
                organizations,
                locations,
                agencies,
                paragraphCount,
                wordCount,
                contentSha256,
                simhash,
                duplicateOf,
                storyId,
                encoding,
                ingestedAt,
                entities,
                quotes,
                nameCandidates,
                dateline,
                authors,
                summary,
                subheadings,
                canonicalUrl,
                siteName,
                fetchedAt,
                datelineDate);
    }
}
