package dev.newsetl.parse;

import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a story: an ALL-CAPS place, optionally a region ({@code GREEN BAY, Wis.}), a date without
 * a year ({@code Feb 26}) and an agency in parentheses ({@code MUMBAI (Reuters)}, {@code İSTANBUL (AA)}), then a
 * dash ({@code -}, {@code --}, {@code —}, {@code –}); or an agency alone ({@code (CNN) --}).
 *
 * @param text     the dateline as written, without its dash ({@code SALVADOR, Feb 26})
 * @param place    the place, or null for an agency-only dateline
 * @param agency   the agency in parentheses, or null
 * @param monthDay the date without a year, or null
 * @param end      where the story's text starts in the paragraph
 */
record Dateline(String text, String place, String agency, MonthDay monthDay, int end) {

    /** Only the opening of a paragraph is looked at, so the pattern never runs over a whole body. */
    private static final int WINDOW = 120;

    private static final String PLACE_WORD = "[\\p{Lu}][\\p{Lu}\\p{M}.'’-]*+";
    private static final String REGION = "[\\p{Lu}][\\p{L}.]{1,15}+(?: [\\p{Lu}][\\p{L}.]{1,15}+)?";
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
            + "|march|april|june|july|august|september|october|november|december)\\.?";

    private static final Pattern PLACED =
            Pattern.compile("(?<place>" + PLACE_WORD + "(?: " + PLACE_WORD + "){0,3}(?:, ?" + REGION + ")?)"
                    + "(?:,? (?<month>" + MONTH + ") (?<day>\\d{1,2}))?"
                    + "(?: ?\\((?<agency>[\\p{L}][\\p{L} .&-]{0,25})\\))?"
                    + " ?(?:--|-|—|–)(?: |$)");

    private static final Pattern AGENCY_ONLY =
            Pattern.compile("\\((?<agency>\\p{Lu}[\\p{L}.&]{1,15})\\) ?(?:--|-|—|–)(?: |$)");

    /** The dateline at the start of a cleaned paragraph, or null. */
    static Dateline at(String paragraph) {
        if (paragraph.isEmpty()) {
            return null;
        }
        char first = paragraph.charAt(0);
        if (!Character.isUpperCase(first) && first != '(') {
            return null;
        }
        if (!hasDash(paragraph)) {
            return null; // every dateline ends in a dash; most paragraphs have none near the start
        }
        String head = paragraph.length() > WINDOW ? paragraph.substring(0, WINDOW) : paragraph;
        Matcher m = PLACED.matcher(head);
        if (m.lookingAt()) {
            String place = m.group("place");
            if (!plausiblePlace(place)) {
                return null;
            }
            MonthDay monthDay = monthDay(m.group("month"), m.group("day"));
            String text = head.substring(0, m.end()).strip();
            text = stripDash(text);
            return new Dateline(
                    text,
                    place.endsWith(",") ? place.substring(0, place.length() - 1) : place,
                    m.group("agency"),
                    monthDay,
                    m.end());
        }
        Matcher a = AGENCY_ONLY.matcher(head);
        if (a.lookingAt()) {
            return new Dateline("(" + a.group("agency") + ")", null, a.group("agency"), null, a.end());
        }
        return null;
    }

    private static boolean hasDash(String paragraph) {
        int end = Math.min(paragraph.length(), WINDOW);
        for (int i = 0; i < end; i++) {
            char c = paragraph.charAt(i);
            if (c == '-' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /** The place's own words are ALL CAPS (a region after the comma may not be), three letters at least. */
    private static boolean plausiblePlace(String place) {
        int comma = place.indexOf(',');
        String city = comma < 0 ? place : place.substring(0, comma);
        return Casing.letters(city) >= 3 && Casing.isAllCaps(city);
    }

    private static String stripDash(String text) {
        int i = text.length();
        while (i > 0
                && (text.charAt(i - 1) == '-'
                        || text.charAt(i - 1) == '—'
                        || text.charAt(i - 1) == '–'
                        || text.charAt(i - 1) == ' ')) {
            i--;
        }
        return text.substring(0, i);
    }

    private static MonthDay monthDay(String month, String day) {
        if (month == null || day == null) {
            return null;
        }
        Integer m = NewsDateParser.monthNumber(month.substring(0, 3));
        int d = Integer.parseInt(day);
        if (m == null || d < 1 || d > 31) {
            return null;
        }
        try {
            return MonthDay.of(m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
