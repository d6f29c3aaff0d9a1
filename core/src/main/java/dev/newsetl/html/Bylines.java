package dev.newsetl.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Author names out of what pages put in author fields and bylines: "By Jane Smith and John Doe", "Von Anna Maier,
 * dpa", "Jane Smith | 12 May 2020". Leading "by" words of several languages go, lists split into names, and what
 * cannot be a person's or desk's name (a URL, an e-mail address, a sentence, a date) is dropped.
 */
final class Bylines {
    private static final int MAX_NAMES = 10;
    private static final int MAX_NAME_CHARS = 60;
    private static final Pattern LEADING = Pattern.compile(
            "^(?i)(?:written\\s+by|posted\\s+by|by|von|par|por|di|door|av|af|autor(?:in)?|author|text|from)\\b[:\\s]*");
    private static final Pattern CUT = Pattern.compile("\\s+[|•·]\\s+.*$|\\s+[-–—]\\s+\\d.*$|\\s*\\(\\S*@\\S*\\).*$");
    private static final Pattern SPLIT =
            Pattern.compile("\\s*(?:,|;|/|&|\\band\\b|\\bund\\b|\\bet\\b|\\bwith\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}|\\d{1,2}:\\d{2}");

    private Bylines() {}

    static List<String> names(List<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : raw) {
            if (value == null) {
                continue;
            }
            String v = value.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (v.length() > 300) {
                continue;
            }
            v = CUT.matcher(LEADING.matcher(v).replaceFirst("")).replaceFirst("");
            for (String part : SPLIT.split(v)) {
                String name = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "");
                if (plausible(name)) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
                if (names.size() >= MAX_NAMES) {
                    break;
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    private static boolean plausible(String name) {
        return name.length() >= 2
                && name.length() <= MAX_NAME_CHARS
                && !name.contains("://")
                && !name.contains("@")
                && !name.contains("www.")
                && name.split(" ").length <= 6
                && !DATE_LIKE.matcher(name).find()
                && name.codePoints().anyMatch(Character::isLetter);
    }
}
