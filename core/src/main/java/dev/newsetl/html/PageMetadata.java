package dev.newsetl.html;

import java.util.List;

/**
 * What a page says about itself in its markup, each field null (or empty) when the page does not say.
 *
 * @param title        the headline: {@code og:title}, JSON-LD {@code headline}, the {@code <h1>}, or the
 *                     {@code <title>} less the site's name
 * @param date         the publication date and where it was found, or null
 * @param authors      the authors' names as written
 * @param canonicalUrl {@code link rel=canonical}, else {@code og:url}
 * @param siteName     {@code og:site_name}, else the JSON-LD publisher's name
 * @param language     the primary subtag of {@code <html lang>} (or the page's other language declarations)
 * @param articleBody  the JSON-LD {@code articleBody}, when the page has one
 * @param description the article's own summary: {@code og:description}, else the JSON-LD article's
 *                    {@code description} (not {@code <meta name=description>}, which sites often fill with the
 *                    site's own description), as text
 */
public record PageMetadata(
        String title,
        PageDate date,
        List<String> authors,
        String canonicalUrl,
        String siteName,
        String language,
        String articleBody,
        String description) {
    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
