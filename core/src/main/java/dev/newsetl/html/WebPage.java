package dev.newsetl.html;

import java.util.List;
import java.util.Objects;

/**
 * A web page read as an article: its main text in the shape of a parsed text article, and what the page says about
 * itself. Nullable fields are null when the page does not say.
 *
 * @param title        the headline
 * @param paragraphs   the main text's paragraphs, never empty
 * @param caption      the pictures' captions, one a line, or null
 * @param photoCredit  the first picture credit, or null
 * @param dateline     the dateline opening the first paragraph ({@code BERLIN (dpa)}), removed from it, or null
 * @param authors      the authors as the page names them
 * @param url          where the page was fetched (the container's URL), else its canonical URL
 * @param canonicalUrl the page's canonical URL
 * @param siteName     the site's name
 * @param date         the publication date with its source, or null
 * @param language     the page's declared language (ISO 639 primary subtag), or null
 * @param encoding     the character set the page was decoded from
 * @param summary      the page's own summary of the article (its description), when it is not the body's opening
 * @param subheadings  the intertitles of the main text (also in its paragraphs), in order
 */
public record WebPage(
        String title,
        List<String> paragraphs,
        String caption,
        String photoCredit,
        String dateline,
        List<String> authors,
        String url,
        String canonicalUrl,
        String siteName,
        PageDate date,
        String language,
        String encoding,
        String summary,
        List<String> subheadings) {
    public WebPage {
        paragraphs = List.copyOf(paragraphs);
        authors = List.copyOf(authors);
        subheadings = List.copyOf(subheadings);
        Objects.requireNonNull(encoding, "encoding");
    }
}
