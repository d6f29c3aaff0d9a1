package dev.newsetl.article;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The structure found in an article's text, before any name work.
 *
 * @param headers     the {@code Key: value} header block, keys lower-cased (empty when there is none)
 * @param title       the headline line or the header's Title; null when the article has none
 * @param caption     the photo caption line, or null
 * @param photoCredit the credit inside the caption, e.g. {@code AFP Photo}, or null
 * @param paragraphs  the body paragraphs, trimmed, in order, never blank
 */
public record ParsedArticle(Map<String, String> headers, String title, String caption, String photoCredit,
                            List<String> paragraphs) {
    public ParsedArticle {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }
}
