package dev.newsetl.html;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A page's publication date.
 *
 * @param instant   the moment (midnight UTC when only a day is known; a local time without zone is taken as UTC)
 * @param localDate the calendar day as the page writes it, before any conversion to UTC
 * @param source    where it was found: {@code html-meta} ({@code article:published_time} and other meta tags, or
 *                  microdata {@code itemprop=datePublished}), {@code json-ld} ({@code datePublished}),
 *                  {@code html-time} (a {@code <time datetime>} element), {@code url} (a date in the page's URL),
 *                  {@code page-text} (the first date written in the article's text)
 */
public record PageDate(Instant instant, LocalDate localDate, String source) {
    public PageDate {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(localDate, "localDate");
        Objects.requireNonNull(source, "source");
    }
}
