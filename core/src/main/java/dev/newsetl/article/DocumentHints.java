package dev.newsetl.article;

import java.time.Instant;
import java.util.List;

/**
 * What the container of an article already says about it, before its text is read: the media type and charset a
 * web server sent, the URL and fetch time of a crawl record, or the fields a JSON Lines producer gave. Every field
 * is nullable; {@link #NONE} is a plain file of the input tree, about which nothing is known but its bytes.
 *
 * @param mediaType   {@code text/plain}, {@code text/html}, ... or null when only the file name can tell
 * @param charset     the charset declared outside the bytes (an HTTP {@code Content-Type}), or null
 * @param url         where the article was fetched or published, or null
 * @param fetchedAt   when a crawler fetched it ({@code WARC-Date}), or null
 * @param title       a title given by the producer, or null
 * @param publishedAt a publication time given by the producer, or null
 * @param dateSource  where {@code publishedAt} came from (for example {@code json}), or null
 * @param authors     authors given by the producer, never null
 * @param language    a language given by the producer, or null
 * @param siteName    the site or outlet given by the producer, or null
 */
public record DocumentHints(
        String mediaType,
        String charset,
        String url,
        Instant fetchedAt,
        String title,
        Instant publishedAt,
        String dateSource,
        List<String> authors,
        String language,
        String siteName) {
    public static final DocumentHints NONE =
            new DocumentHints(null, null, null, null, null, null, null, List.of(), null, null);

    public DocumentHints {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public boolean isHtml() {
        return mediaType != null && (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml"));
    }
}
