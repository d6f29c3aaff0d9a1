package dev.newsetl.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story's first paragraph: {@code WASHINGTON (Reuters) - }, {@code BERLIN (dpa) – },
 * {@code NEW ORLEANS — }, {@code Ankara, 12 May (AA) - }. A place in capitals, or any short place followed by an
 * agency in parentheses, then a dash; a sentence that merely contains a dash is not one.
 */
final class Datelines {
    private static final Pattern OPENING = Pattern.compile("^(.{2,70}?)\\s*[-–—]{1,2}\\s+(?=\\S)");
    private static final Pattern AGENCY = Pattern.compile("\\(\\p{L}[\\p{L}/ .&-]{0,30}\\)$");
    private static final Pattern CAPS_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{2,}(?:[,/].*)?$");

    private Datelines() {}

    /** {@code [dateline, rest of the paragraph]}, or null when the paragraph does not open with one. */
    static String[] split(String paragraph) {
        Matcher m = OPENING.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String head = m.group(1).strip();
        String rest = paragraph.substring(m.end()).strip();
        if (rest.length() < 20 || head.split("\\s+").length > 7 || head.matches(".*[!?:;\"„“”].*")) {
            return null;
        }
        boolean agency = AGENCY.matcher(head).find();
        boolean capsPlace = CAPS_PLACE.matcher(head).matches()
                && head.replaceAll("[^\\p{Lu}]", "").length() >= 3;
        return agency || capsPlace ? new String[] {head, rest} : null;
    }
}
