package dev.newsetl.read;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON object (a line of JSON Lines, an element of a JSON array) → the article text as bytes, with the fields
 * the producer gave (title, date, authors, language, site, URL) as hints that win over what the text alone says.
 * A text with HTML markup is marked {@code text/html}, for the HTML path.
 */
final class JsonArticleReader {
    private static final Pattern MARKUP = Pattern.compile(
            "<(?:p|div|br|span|a|article|section|h[1-6]|ul|ol|li|em|strong|b|i|figure|img|blockquote|html|body)"
                    + "(?:\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final JsonFieldMapping mapping;
    private final JsonMapper json;
    private final int maxDepth;

    JsonArticleReader(JsonFieldMapping mapping, InputLimits limits) {
        this.mapping = mapping;
        this.maxDepth = limits.maxJsonDepth();
        this.json = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(limits.maxJsonDepth())
                                .build())
                        .build())
                .build();
    }

    /** A {@link WarcRecordReader.Payload}, or a {@link Rejection}. */
    Object read(byte[] bytes) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (StreamConstraintsException e) {
            return new Rejection(
                    RejectReason.JSON_TOO_DEEP, "nested deeper than " + maxDepth + " (newsetl.input.max-json-depth)");
        } catch (JacksonException e) {
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (m.contains("nesting depth")) {
                return new Rejection(
                        RejectReason.JSON_TOO_DEEP,
                        "nested deeper than " + maxDepth + " (newsetl.input.max-json-depth)");
            }
            return new Rejection(RejectReason.NOT_JSON, "not JSON: " + WarcScan.message(new Exception(m)));
        }
        if (node == null || !node.isObject()) {
            return new Rejection(RejectReason.NOT_JSON, "not a JSON object");
        }
        String text = first(node, mapping.text());
        if (text == null || text.isBlank()) {
            return new Rejection(
                    RejectReason.NO_TEXT, "no text under any of " + mapping.text() + " (newsetl.input.json-text)");
        }
        String title = first(node, mapping.title());
        boolean html = MARKUP.matcher(text).find();
        String dateText = first(node, mapping.date());
        Instant published = dateText == null ? null : parseDate(dateText);
        DocumentHints hints = new DocumentHints(
                html ? "text/html" : "text/plain",
                "UTF-8",
                first(node, mapping.url()),
                null,
                blankToNull(title),
                published,
                published == null ? null : "json",
                authors(node),
                blankToNull(first(node, mapping.language())),
                blankToNull(first(node, mapping.site())));
        // A plain text gets its given title as its first line, so the text path reads it as the title and keeps
        // the body's first paragraph a paragraph.
        String content = html || title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
        return new WarcRecordReader.Payload(content.getBytes(StandardCharsets.UTF_8), hints);
    }

    private static String first(JsonNode node, List<String> keys) {
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value != null && !value.isNull()) {
                if (value.isString() || value.isNumber() || value.isBoolean()) {
                    String s = value.asString();
                    if (!s.isBlank()) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private List<String> authors(JsonNode node) {
        for (String key : mapping.authors()) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (value.isArray()) {
                for (JsonNode item : value.values()) {
                    String name = item.isString()
                            ? item.asString()
                            : item.isObject() && item.get("name") != null
                                    ? item.get("name").asString()
                                    : null;
                    if (name != null && !name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            } else if (value.isString() && !value.asString().isBlank()) {
                names.add(value.asString().strip());
            } else if (value.isObject() && value.get("name") != null) {
                names.add(value.get("name").asString().strip());
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** ISO instants and offsets, news-please's {@code 2021-03-04 10:00:00} (UTC) and plain dates; else none. */
    static Instant parseDate(String text) {
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
