package dev.newsetl.write;

import dev.newsetl.article.Quote;

/** A row of the quotes table: one quoted passage of one article. */
public record QuoteRow(String articleId, Quote quote) {}
