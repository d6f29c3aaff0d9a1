package dev.newsetl.write;

import dev.newsetl.article.EntityStat;

/** A row of the entities table: one entity in one article. */
public record EntityRow(String articleId, EntityStat entity) {}
