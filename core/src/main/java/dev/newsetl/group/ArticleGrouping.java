package dev.newsetl.group;

import dev.newsetl.article.Article;

/** Fills the fields that depend on other articles of the run (duplicate_of, story_id) as parts are written. */
@FunctionalInterface
public interface ArticleGrouping {
    ArticleGrouping NONE = article -> article;

    Article apply(Article article);
}
