package dev.newsetl.read;

import java.util.List;

/**
 * Which keys of a JSON object hold which field; for each field the first key present with a value wins. The
 * defaults are news-please's names and those common scrapers and news APIs use (settings
 * {@code newsetl.input.json-*}).
 */
public record JsonFieldMapping(
        List<String> title,
        List<String> text,
        List<String> url,
        List<String> date,
        List<String> authors,
        List<String> language,
        List<String> site) {
    public static final JsonFieldMapping DEFAULTS = new JsonFieldMapping(
            List.of("title", "headline"),
            List.of("maintext", "content", "text", "body"),
            List.of("url"),
            List.of("date_publish", "date", "published_at"),
            List.of("authors", "author"),
            List.of("language"),
            List.of("source_domain", "source"));

    public JsonFieldMapping {
        title = List.copyOf(title);
        text = List.copyOf(text);
        url = List.copyOf(url);
        date = List.copyOf(date);
        authors = List.copyOf(authors);
        language = List.copyOf(language);
        site = List.copyOf(site);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("newsetl.input.json-text: at least one key is needed");
        }
    }
}
