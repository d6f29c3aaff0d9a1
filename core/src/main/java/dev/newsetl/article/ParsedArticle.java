package dev.newsetl.article;

import java.time.Instant;
import java.time.MonthDay;
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
 * @param dateline    the dateline as written at the start of the body ({@code SALVADOR, Feb 26},
 *                    {@code MUMBAI (Reuters)}), or null
 * @param authors     the byline's authors as written, in order; never null
 * @param summary     the summary paragraph under the headline (a Turkish "spot", a standfirst), or null
 * @param subheadings intertitles between paragraphs and ALL-CAPS subheads inside them, in order; never null
 * @param agencies    agencies credited by the dateline or a sign-off, as written ({@code Reuters}, {@code AA});
 *                    never null
 * @param stampedAt   the time the first stamp in the text gives: a publication-time line at the top
 *                    ({@code Posted: May 24, 2005}) or a page stamp ({@code Giriş: 15 Eylül 2025, Pazartesi 15:33});
 *                    null when there is none or it gives no date
 * @param furniture   site furniture taken out of the text (promo lines, page stamps, breadcrumbs, sign-off words),
 *                    kept so that what was removed can be accounted for; not a dataset column; never null
 * @param datelineDay the dateline's date as written, without a year ({@code Feb 26}), or null
 */
public record ParsedArticle(
        Map<String, String> headers,
        String title,
        String caption,
        String photoCredit,
        List<String> paragraphs,
        String dateline,
        List<String> authors,
        String summary,
        List<String> subheadings,
        List<String> agencies,
        Instant stampedAt,
        List<String> furniture,
        MonthDay datelineDay) {
    public ParsedArticle {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        authors = authors == null ? List.of() : List.copyOf(authors);
        subheadings = subheadings == null ? List.of() : List.copyOf(subheadings);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
    }

    /** The structure of a page that knows only headers, title, caption and paragraphs. */
    public ParsedArticle(
            Map<String, String> headers, String title, String caption, String photoCredit, List<String> paragraphs) {
        this(headers, title, caption, photoCredit, paragraphs, null, List.of(), null, List.of());
    }

    /** The structure of a web page: its metadata, summary and intertitles besides the text; no stamp or furniture. */
    public ParsedArticle(
            Map<String, String> headers,
            String title,
            String caption,
            String photoCredit,
            List<String> paragraphs,
            String dateline,
            List<String> authors,
            String summary,
            List<String> subheadings) {
        this(
                headers,
                title,
                caption,
                photoCredit,
                paragraphs,
                dateline,
                authors,
                summary,
                subheadings,
                List.of(),
                null,
                List.of(),
                null);
    }
}
