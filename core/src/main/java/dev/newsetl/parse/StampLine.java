package dev.newsetl.parse;

import dev.newsetl.article.CalendarWords;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication-time line of an exported web page: {@code June 6th, 2013 7:38pm EDT}, {@code Posted: May 24, 2005},
 * {@code Last Updated: Monday, 28 November 2005, 02:24 GMT}, {@code 8:05am UK, Monday 16 September 2013},
 * {@code 2013-09-26}. A short line made of a date with a year (month name or ISO) and nothing but stamp words:
 * posted, published, updated, last, first, on, at, weekdays, times, am/pm, time zones, separators. A sentence or a
 * dateline that merely contains a date ({@code WASHINGTON, April 28, 2009}) is not one.
 *
 * <p>Exports that tokenise words (ECB+) put spaces inside numbers ({@code 10: 53}, {@code 2013 - 09 - 26},
 * {@code p. m.}); both spellings are read.
 *
 * <p>Numeric dates ({@code 04/28/09}, {@code Updated 4/9/2007 6:04 PM}) make a stamp line too, page furniture like
 * the others, but give no date: day and month order is ambiguous ({@link NewsDateParser}'s policy).
 *
 * @param published the first date, at the time given when the line names a time with an unambiguous zone
 *                  ({@code EDT}, {@code GMT}, {@code GMT+05:00}), else at 00:00 UTC; null for a numeric date or an
 *                  implausible one
 */
record StampLine(Instant published) {

    static final int MAX_LENGTH = 80;
    static final int MAX_WORDS = 16;
    /** What tokeniser spacing may add to a stamp line, in characters or words. */
    private static final int SPACING = 16;

    /** Plausibility against the machine's clock; the extractor checks again against the job's clock. */
    private static final NewsDateParser DATES = new NewsDateParser(Clock.systemUTC());

    private static final Pattern SPACED_COLON = Pattern.compile("(?<=\\d) ?: ?(?=\\d)");
    private static final Pattern SPACED_ISO = Pattern.compile("\\b(\\d{4}) ?- ?(\\d{2}) ?- ?(\\d{2})\\b");
    private static final Pattern SPACED_SLASH = Pattern.compile("(?<=\\d) ?/ ?(?=\\d)");
    private static final Pattern SPACED_MERIDIEM =
            Pattern.compile("(?<![\\p{L}])([ap])\\. ?m\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED_DOT_TIME = Pattern.compile("\\b(\\d{1,2})\\. (\\d{2})\\b");

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])");

    private static final String ZONE = "(?:gmt|utc)(?: ?[+-]\\d{1,2}(?::?\\d{2})?)?"
            + "|edt|est|cdt|cst|mdt|mst|pdt|pst|akdt|akst|hst|et|ct|mt|pt|bst|cet|cest|eet|eest|wet|west|ist|hkt|jst"
            + "|sgt|aest|aedt|z|uk";
    private static final String TIME = "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?: ?[ap]m)?";
    private static final String MILITARY_TIME = "\\d{4}(?= ?(?:gmt|utc|hkt)(?![\\p{L}]))";
    private static final String WEEKDAY =
            "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?";
    /** The words of a stamp besides dates, times and zones, lower case. */
    private static final List<String> STAMP_TOKENS =
            List.of("posted", "published", "updated", "update", "last", "first", "on", "at", "hrs", "local", "time");

    private static final String WORD = String.join("|", STAMP_TOKENS) + "|[ap]m";

    /** What may stand beside the date: separators and stamp tokens, each token a whole word. */
    private static final Pattern REST = Pattern.compile(
            "(?:[\\s,|()\\-–—@.:;/]++|(?:" + MILITARY_TIME + "|" + TIME + "|" + ZONE + "|" + WEEKDAY + "|" + WORD
                    + ")(?![\\p{L}\\p{N}]))*+",
            Pattern.CASE_INSENSITIVE);

    /** A time and the zone right after it (in parentheses or not). */
    private static final Pattern TIME_IN_ZONE = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?: ?([ap])m)?(?![\\d]) ?\\(?(" + ZONE + ")(?![\\p{L}])"
                    + "|(?<!\\d)(\\d{2})(\\d{2}) ?(gmt|utc|hkt)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern UPDATED = Pattern.compile("(?<![\\p{L}])update", Pattern.CASE_INSENSITIVE);

    /** Zones with one offset all year; {@code ET}, {@code PT}, {@code UK}, {@code IST} are not. */
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("gmt", 0),
            Map.entry("utc", 0),
            Map.entry("z", 0),
            Map.entry("edt", -4 * 60),
            Map.entry("est", -5 * 60),
            Map.entry("cdt", -5 * 60),
            Map.entry("cst", -6 * 60),
            Map.entry("mdt", -6 * 60),
            Map.entry("mst", -7 * 60),
            Map.entry("pdt", -7 * 60),
            Map.entry("pst", -8 * 60),
            Map.entry("akdt", -8 * 60),
            Map.entry("akst", -9 * 60),
            Map.entry("hst", -10 * 60),
            Map.entry("bst", 60),
            Map.entry("cet", 60),
            Map.entry("cest", 2 * 60),
            Map.entry("eet", 2 * 60),
            Map.entry("eest", 3 * 60),
            Map.entry("wet", 0),
            Map.entry("west", 60),
            Map.entry("hkt", 8 * 60),
            Map.entry("jst", 9 * 60),
            Map.entry("sgt", 8 * 60),
            Map.entry("aest", 10 * 60),
            Map.entry("aedt", 11 * 60));

    /** The stamp a cleaned line is, or null when it is anything else. */
    static StampLine read(String line) {
        // Joining spaced numbers shortens a line by a few characters and words at most (10: 53, 2013 - 09 - 26), so
        // a longer line (a photo caption with its date, a paragraph) is none, without the patterns.
        if (line.isEmpty() || line.length() > MAX_LENGTH + SPACING || !mayHoldADate(line)) {
            return null;
        }
        if (LineCleaner.wordCount(line) > MAX_WORDS + SPACING || proseWords(line) >= PROSE_WORDS) {
            return null;
        }
        String s = joinSpacedNumbers(line);
        if (s.length() > MAX_LENGTH || LineCleaner.wordCount(s) > MAX_WORDS) {
            return null;
        }
        List<NewsDateParser.DatePhrase> dates = NewsDateParser.datePhrases(s);
        StringBuilder rest = new StringBuilder(s);
        for (int i = dates.size() - 1; i >= 0; i--) {
            NewsDateParser.DatePhrase d = dates.get(i);
            rest.replace(d.start(), d.end(), " ");
        }
        Matcher numeric = NUMERIC_DATE.matcher(rest);
        boolean numericDate = numeric.find();
        if (dates.isEmpty() && !numericDate) {
            return null;
        }
        String others = numeric.replaceAll(" ");
        if (!REST.matcher(others).matches()) {
            return null;
        }
        LocalDate day = dates.isEmpty() ? null : dates.get(0).date();
        if (day == null || !DATES.plausible(day)) {
            return new StampLine(null);
        }
        return new StampLine(when(day, others));
    }

    /**
     * A date alone or after a place ({@code INDONESIA, July 2, 2013}, {@code BERLIN, Oct 4, 2019}): a dateline, not a
     * headline. The place is up to three capitalised words in front of the date.
     */
    static boolean isDateLine(String line) {
        if (line.length() > 2 * MAX_LENGTH || !mayHoldADate(line)) {
            return false;
        }
        String s = joinSpacedNumbers(line);
        List<NewsDateParser.DatePhrase> dates = NewsDateParser.datePhrases(s);
        if (dates.isEmpty()
                || !s.substring(dates.get(0).end())
                        .replaceAll("[\\s,.:;|()\\-–—]+", "")
                        .isEmpty()) {
            return false;
        }
        int words = 0;
        for (String w : s.substring(0, dates.get(0).start()).split("[\\s,.:;|()\\-–—]+")) {
            if (!w.isEmpty() && (++words > 3 || !Casing.startsUpper(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The day at the time the line gives in a fixed zone; 00:00 UTC otherwise, and for an update stamp, whose time
     * is not the publication's.
     */
    private static Instant when(LocalDate day, String rest) {
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (UPDATED.matcher(rest).find()) {
            return midnight;
        }
        Matcher t = TIME_IN_ZONE.matcher(rest);
        if (!t.find()) {
            return midnight;
        }
        try {
            int hour;
            int minute;
            int second = 0;
            String zone;
            if (t.group(1) != null) {
                hour = Integer.parseInt(t.group(1));
                minute = Integer.parseInt(t.group(2));
                second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
                if (t.group(4) != null) {
                    if (hour < 1 || hour > 12) {
                        return midnight;
                    }
                    hour = hour % 12 + (Character.toLowerCase(t.group(4).charAt(0)) == 'p' ? 12 : 0);
                }
                zone = t.group(5);
            } else {
                hour = Integer.parseInt(t.group(6));
                minute = Integer.parseInt(t.group(7));
                zone = t.group(8);
            }
            ZoneOffset offset = offset(zone);
            if (offset == null) {
                return midnight;
            }
            return day.atTime(LocalTime.of(hour, minute, second)).toInstant(offset);
        } catch (DateTimeException e) {
            return midnight;
        }
    }

    /** The zone's offset, or null when the zone is ambiguous (daylight time or several places share it). */
    private static ZoneOffset offset(String zone) {
        String z = zone.toLowerCase(Locale.ROOT).replace(" ", "");
        Integer minutes = ZONE_MINUTES.get(z);
        if (minutes != null) {
            return ZoneOffset.ofTotalSeconds(minutes * 60);
        }
        if (z.startsWith("gmt") || z.startsWith("utc")) {
            String o = z.substring(3);
            try {
                if (o.matches("[+-]\\d{1,2}")) {
                    return ZoneOffset.ofHours(Integer.parseInt(o));
                }
                if (o.matches("[+-]\\d{1,2}:?\\d{2}")) {
                    String digits = o.substring(1).replace(":", "");
                    int h = Integer.parseInt(digits.substring(0, digits.length() - 2));
                    int m = Integer.parseInt(digits.substring(digits.length() - 2));
                    int sign = o.charAt(0) == '-' ? -1 : 1;
                    return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
                }
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** This many lower-case words that no stamp has ({@code speaks}, {@code to}, {@code reporters}) make prose. */
    private static final int PROSE_WORDS = 3;

    /** Lower-case words a stamp may hold, as {@link #REST} and the dates read them (folded). */
    private static final java.util.Set<String> STAMP_WORDS = withCalendar(
            STAMP_TOKENS,
            java.util.Set.of("am", "pm", "a", "p", "m", "of", "the", "gmt", "utc", "uk", "st", "nd", "rd", "th"));

    private static java.util.Set<String> withCalendar(List<String> tokens, java.util.Set<String> words) {
        java.util.Set<String> all = new java.util.HashSet<>(words);
        all.addAll(tokens);
        all.addAll(CalendarWords.MONTHS);
        all.addAll(CalendarWords.WEEKDAYS);
        all.addAll(CalendarWords.WEEKDAY_ABBREVIATIONS);
        return java.util.Set.copyOf(all);
    }

    /** Words of {@code line} that start lower-case and are no stamp word: a quick count before the patterns. */
    private static int proseWords(String line) {
        int count = 0;
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && Character.isLetter(line.charAt(i))) {
                i++;
            }
            if (i > start
                    && Character.isLowerCase(line.charAt(start))
                    && (start == 0 || !Character.isDigit(line.charAt(start - 1))) // 6th, 10am
                    && !STAMP_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }

    /**
     * A cheap first look, as most lines tested are headlines and paragraphs: a year (four digits, {@code 2013 - 09}
     * included) or a slash after a digit ({@code 04 / 28}).
     */
    static boolean mayHoldADate(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                if (c == '/'
                        && (run > 0 || i >= 2 && line.charAt(i - 1) == ' ' && Character.isDigit(line.charAt(i - 2)))) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    /** {@code 10: 53} → {@code 10:53}, {@code 2013 - 09 - 26} → {@code 2013-09-26}, {@code p. m.} → {@code pm}. */
    static String joinSpacedNumbers(String line) {
        String s = SPACED_COLON.matcher(line).replaceAll(":");
        s = SPACED_ISO.matcher(s).replaceAll("$1-$2-$3");
        s = SPACED_SLASH.matcher(s).replaceAll("/");
        s = SPACED_DOT_TIME.matcher(s).replaceAll("$1.$2");
        return SPACED_MERIDIEM.matcher(s).replaceAll("$1m");
    }
}
