package dev.newsetl.write;

import dev.newsetl.article.Article;
import dev.newsetl.article.Quote;
import dev.newsetl.article.Reject;
import dev.newsetl.group.StoryRow;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The tables of the dataset. docs/DATASET.md documents every column listed here. */
public final class DatasetTables {

    public static final TableSchema<Article> ARTICLES = TableSchema.<Article>builder("articles")
            .text("article_id", Article::articleId)
            .string("source", Article::source)
            .text("source_file", Article::sourceFile)
            .text("url", Article::url)
            .text("title", Article::title)
            .text("caption", Article::caption)
            .string("photo_credit", Article::photoCredit)
            .timestamp("published_at", Article::publishedAt)
            .date("published_date", DatasetTables::publishedDate)
            .string("date_source", Article::dateSource)
            .string("language", Article::language)
            .text("body", Article::body)
            .text("body_normalized", Article::bodyNormalized)
            .stringList("persons", Article::persons)
            .stringList("organizations", Article::organizations)
            .stringList("locations", Article::locations)
            .stringList("agencies", Article::agencies)
            .textList("quotes", a -> a.quotes().stream().map(Quote::text).toList())
            .int32("paragraph_count", Article::paragraphCount)
            .int32("word_count", Article::wordCount)
            .text("content_sha256", Article::contentSha256)
            .int64("simhash", Article::simhash)
            .string("duplicate_of", Article::duplicateOf)
            .string("story_id", Article::storyId)
            .string("encoding", Article::encoding)
            .timestamp("ingested_at", Article::ingestedAt)
            .text("dateline", Article::dateline)
            .stringList("authors", Article::authors)
            .text("summary", Article::summary)
            .textList("subheadings", Article::subheadings)
            .text("canonical_url", Article::canonicalUrl)
            .string("site_name", Article::siteName)
            .timestamp("fetched_at", Article::fetchedAt)
            .date("dateline_date", Article::datelineDate)
            .build();

    public static final TableSchema<EntityRow> ENTITIES = TableSchema.<EntityRow>builder("entities")
            .string("article_id", EntityRow::articleId)
            .string("entity_id", r -> r.entity().entityId())
            .string("name", r -> r.entity().name())
            .string("type", r -> r.entity().type().name())
            .int32("mentions", r -> r.entity().mentions())
            .stringList("surface_forms", r -> r.entity().surfaceForms())
            .string("found_by", r -> r.entity().foundBy())
            .float64("confidence", r -> r.entity().confidence())
            .build();

    public static final TableSchema<QuoteRow> QUOTES = TableSchema.<QuoteRow>builder("quotes")
            .string("article_id", QuoteRow::articleId)
            .text("quote", r -> r.quote().text())
            .string("speaker", r -> r.quote().speaker())
            .string("entity_id", r -> r.quote().entityId())
            .build();

    public static final TableSchema<Reject> REJECTS = TableSchema.<Reject>builder("rejects")
            .string("source_file", Reject::sourceFile)
            .string("reason", r -> r.reason().name())
            .string("detail", Reject::detail)
            .build();

    public static final TableSchema<StoryRow> STORIES = TableSchema.<StoryRow>builder("stories")
            .string("story_id", StoryRow::storyId)
            .int32("articles", StoryRow::articles)
            .int32("sources", StoryRow::sources)
            .date("first_published_date", StoryRow::firstDate)
            .date("last_published_date", StoryRow::lastDate)
            .text("title", StoryRow::title)
            .stringList("entities", StoryRow::entities)
            .build();

    /** The UTC calendar day of published_at: a DATE column that partitions and groups without time-zone care. */
    static LocalDate publishedDate(Article article) {
        return article.publishedAt() == null ? null : LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
    }

    public static TableSchema<?> tableNamed(String name) {
        return switch (name) {
            case "articles" -> ARTICLES;
            case "entities" -> ENTITIES;
            case "quotes" -> QUOTES;
            case "rejects" -> REJECTS;
            case "stories" -> STORIES;
            default -> throw new IllegalArgumentException("no table " + name);
        };
    }

    private DatasetTables() {}
}
