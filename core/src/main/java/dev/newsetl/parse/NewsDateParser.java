package dev.newsetl.parse;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from header values and photo captions.
 *
 * <p>Plausibility: a date before 1900-01-01 or more than one year after "now" (from the {@link Clock} given to the
 * constructor) is rejected, as is an impossible calendar date (Feb 30): a wrong date is worse than none. Numeric
 * day/month forms ({@code 01/02/2026}, {@code 25.01.2026}) are not accepted: their order is ambiguous.
 *
 * <p>Thread-safe (immutable).
 */
public final class NewsDateParser {

    private static final int MIN_YEAR = 1900;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sept", 9),
            Map.entry("sep", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12));

    // Longer names first so "sept" is not cut to "sep" and "june" not to "jun".
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";

    /** Month D, YYYY | D Month YYYY | YYYY-MM-DD, as words on their own. */
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
                    + "|" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR
                    + "|" + "(\\d{4})-(\\d{2})-(\\d{2})"
                    + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LEADING_WEEKDAY = Pattern.compile(
            "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

    /** What may follow a month-name date in a header: a time, AM/PM and a zone. */
    private static final Pattern TRAILING_TIME = Pattern.compile(
            "^[,\\s]*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?"
                    + "\\s*(utc|gmt|z|[+-]\\d{2}:?\\d{2}|(?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");

    private final Clock clock;

    public NewsDateParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A header value as an instant. Accepted: ISO 8601 instant ({@code 2026-01-25T10:15:00Z}), offset or zoned
     * date-time, local date-time (taken as UTC; a space instead of {@code T} is accepted), date (midnight UTC);
     * RFC 1123 ({@code Sun, 25 Jan 2026 10:15:00 GMT}, a wrong weekday is ignored); English month-name dates
     * ({@code January 25, 2026}, {@code Jan. 25, 2026}, {@code Jan 25, 2026}, {@code 25 January 2026}, with an
     * optional leading weekday), optionally followed by a time ({@code 10:15}, {@code 3:05 PM}, zone UTC/GMT/offset;
     * no zone means UTC). The whole value must be the date.
     */
    public Optional<Instant> parseHeaderDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Instant instant = parseIso(v);
        if (instant == null) {
            instant = parseRfc1123(v);
        }
        if (instant == null) {
            instant = parseMonthName(v);
        }
        return Optional.ofNullable(instant).filter(this::plausible);
    }

    /**
     * The last plausible date-like expression in a caption or other free text ({@code Month D, YYYY},
     * {@code Mon. D, YYYY}, {@code Sept. D, YYYY}, {@code D Month YYYY}, {@code YYYY-MM-DD}). The last one is taken
     * because agency captions end with the date the photo was taken, just before the credit
     * ({@code ..., Palestine, Jan. 25, 2026. (AFP Photo)}); impossible or implausible matches are skipped.
     */
    public Optional<LocalDate> findDateInText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        LocalDate last = null;
        Matcher m = DATE_IN_TEXT.matcher(text);
        while (m.find()) {
            LocalDate date = toDate(m);
            if (date != null && plausible(date)) {
                last = date;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Where a month-name or ISO date stands in a text, and its day; the day is plausible or not ({@link
     * #plausible(Instant)} decides).
     *
     * @param start where the date starts in the text
     * @param end   where it ends
     * @param date  the calendar day
     */
    record DatePhrase(int start, int end, LocalDate date) {}

    /**
     * Every date in the text with the forms {@link #findDateInText} reads, in order, impossible ones (Feb 30)
     * included with a null day so that a caller can still see the shape.
     */
    static List<DatePhrase> datePhrases(String text) {
        List<DatePhrase> out = new ArrayList<>(2);
        Matcher m = DATE_IN_TEXT.matcher(text);
        while (m.find()) {
            out.add(new DatePhrase(m.start(), m.end(), toDate(m)));
        }
        return out;
    }

    /** Whether a day is within the accepted range. */
    public boolean plausible(LocalDate date) {
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(1);
        return date.getYear() >= MIN_YEAR && !date.isAfter(latest);
    }

    private static Instant parseIso(String v) {
        String s = SPACE_BEFORE_TIME.matcher(v).replaceFirst("$1T$2");
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static Instant parseRfc1123(String v) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // Feeds often carry a weekday that does not match the date: the date is what counts.
            String withoutWeekday = LEADING_WEEKDAY.matcher(v).replaceFirst("");
            if (withoutWeekday.equals(v)) {
                return null;
            }
            try {
                return ZonedDateTime.parse(withoutWeekday, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static Instant parseMonthName(String v) {
        String s = LEADING_WEEKDAY.matcher(v).replaceFirst("");
        Matcher m = DATE_IN_TEXT.matcher(s);
        if (!m.lookingAt() || m.group(7) != null) {
            return null; // ISO dates were handled by parseIso; this is for month names only
        }
        LocalDate date = toDate(m);
        if (date == null) {
            return null;
        }
        String rest = s.substring(m.end());
        if (rest.isBlank() || rest.strip().equals(".")) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        Matcher t = TRAILING_TIME.matcher(rest);
        if (!t.matches()) {
            return null;
        }
        try {
            int hour = Integer.parseInt(t.group(1));
            int minute = Integer.parseInt(t.group(2));
            int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            if (t.group(4) != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = Character.toLowerCase(t.group(4).charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute, second));
            return local.toInstant(offset(t.group(5)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String z = zone.toUpperCase(Locale.ROOT).replace("UTC", "").replace("GMT", "");
        if (z.isEmpty() || z.equals("Z")) {
            return ZoneOffset.UTC;
        }
        if (z.matches("[+-]\\d{4}")) {
            z = z.substring(0, 3) + ":" + z.substring(3);
        } else if (z.matches("[+-]\\d")) {
            z = z.charAt(0) + "0" + z.charAt(1);
        }
        return ZoneOffset.of(z);
    }

    /** The matched date, or null when the calendar has no such day (Feb 30). */
    private static LocalDate toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (m.group(5) != null) {
                return LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4)));
            }
            return LocalDate.of(
                    Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return monthNumber(name);
    }

    /** 1 to 12 for an English month name or its abbreviation ({@code Sept}, {@code sep}), in any case; else null. */
    static Integer monthNumber(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a time from anywhere (a page stamp) is within the accepted range. */
    public boolean plausible(Instant instant) {
        return plausible(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }
}
