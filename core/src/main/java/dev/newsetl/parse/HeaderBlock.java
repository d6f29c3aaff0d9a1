package dev.newsetl.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Key: value} block some exporters put at the top of a file. Only known keys count, and each value must
 * look like what its key promises (a URL has no spaces, a date has a digit), so a body sentence such as
 * {@code Security sources said: the talks...} or {@code Source: officials said...} is not mistaken for a header.
 *
 * @param headers   keys lower-cased, in file order; first occurrence wins
 * @param bodyStart index of the first line after the block (0 when there is no block)
 */
record HeaderBlock(Map<String, String> headers, int bodyStart) {

    static final Set<String> KNOWN_KEYS = Set.of(
            "title",
            "source",
            "published",
            "date",
            "url",
            "link",
            "author",
            "byline",
            "language",
            "lang",
            "section",
            "id");

    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z_-]{0,20})\\s*:\\s*(.*)");

    static final HeaderBlock NONE = new HeaderBlock(Map.of(), 0);

    /**
     * Reads the block from cleaned lines. A block needs two header lines, or one followed by a blank line or the
     * end: a lone first line like {@code Source: Hamas accepts the terms} directly above a caption is a headline.
     */
    static HeaderBlock read(List<String> lines) {
        int start = 0;
        while (start < lines.size() && lines.get(start).isEmpty()) {
            start++;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int i = start;
        while (i < lines.size()) {
            Matcher m = HEADER_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).trim();
            if (!KNOWN_KEYS.contains(key) || !plausibleValue(key, value)) {
                break;
            }
            headers.putIfAbsent(key, value);
            i++;
        }
        int count = i - start;
        if (count == 0) {
            return NONE;
        }
        boolean endedByBlankOrEnd = i == lines.size() || lines.get(i).isEmpty();
        if (count == 1 && !endedByBlankOrEnd) {
            return NONE;
        }
        headers.values().removeIf(String::isEmpty);
        return new HeaderBlock(headers, i);
    }

    boolean present() {
        return bodyStart > 0;
    }

    private static boolean plausibleValue(String key, String value) {
        return switch (key) {
            case "url", "link" -> !value.isEmpty() && value.indexOf(' ') < 0;
            case "published", "date" -> value.length() <= 80 && value.chars().anyMatch(Character::isDigit);
            case "language", "lang" -> value.length() <= 30;
            case "id" -> value.length() <= 200 && value.indexOf(' ') < 0;
            case "section" -> value.length() <= 100;
            default -> value.length() <= 300;
        };
    }
}
