package dev.newsetl.html;

import dev.newsetl.parse.NewsDateParser;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them: machine dates in meta tags, JSON-LD and {@code <time datetime>} (ISO 8601 and
 * the forms {@link NewsDateParser} knows), dates in URL paths ({@code /2020/01/27/}, {@code 2020-01-27}), and the
 * day-first, month-name and ISO dates of article text in the languages of the pages we see most (English, German,
 * French, Spanish, Italian, Dutch, Turkish). Dates before 1995 or after tomorrow are not believed.
 */
final class PageDates {
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED_DAY = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)"
                    + "|[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_.-]");
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_WORD = "(\\p{L}{3,10})\\.?";
    private static final Pattern TEXT_DATE = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})\\b"
            + "|\\b(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?" + MONTH_WORD
            + "\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b"
            + "|\\b" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b"
            + "|\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

    private final NewsDateParser parser;
    private final Clock clock;

    PageDates(Clock clock) {
        this.parser = new NewsDateParser(clock);
        this.clock = clock;
    }

    /** A machine-written date (meta content, JSON-LD, a datetime attribute), or empty. */
    Optional<PageDate> parse(String value, String source) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return Optional.empty();
        }
        String v = value.strip();
        LocalDate day = day(ISO_DAY.matcher(v), 1, 2, 3);
        if (day == null) {
            day = day(DOTTED_DAY.matcher(v), 3, 2, 1);
        }
        Optional<Instant> instant = parser.parseHeaderDate(v);
        if (day == null && instant.isPresent()) {
            day = instant.get().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (day == null || !plausible(day)) {
            return Optional.empty();
        }
        return Optional.of(
                new PageDate(instant.orElse(day.atStartOfDay(ZoneOffset.UTC).toInstant()), day, source));
    }

    /** A date in a URL's path, or empty. */
    Optional<PageDate> fromUrl(String url) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate day = m.group(1) != null
                ? date(m.group(1), m.group(2), m.group(3))
                : date(m.group(4), m.group(5), m.group(6));
        return wrap(day, "url");
    }

    /** The first date written in a text, or empty. */
    Optional<PageDate> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT_DATE.matcher(text);
        while (m.find()) {
            LocalDate day;
            if (m.group(1) != null) {
                day = date(m.group(3), m.group(2), m.group(1));
            } else if (m.group(4) != null) {
                day = monthDate(m.group(6), m.group(5), m.group(4));
            } else if (m.group(7) != null) {
                day = monthDate(m.group(9), m.group(7), m.group(8));
            } else {
                day = date(m.group(10), m.group(11), m.group(12));
            }
            if (day != null && plausible(day)) {
                return wrap(day, "page-text");
            }
        }
        return Optional.empty();
    }

    private Optional<PageDate> wrap(LocalDate day, String source) {
        if (day == null || !plausible(day)) {
            return Optional.empty();
        }
        return Optional.of(new PageDate(day.atStartOfDay(ZoneOffset.UTC).toInstant(), day, source));
    }

    private boolean plausible(LocalDate day) {
        return day.getYear() >= 1995
                && !day.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1));
    }

    private static LocalDate day(Matcher m, int year, int month, int dayOfMonth) {
        return m.find() ? date(m.group(year), m.group(month), m.group(dayOfMonth)) : null;
    }

    private static LocalDate monthDate(String year, String monthName, String dayOfMonth) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT).replace(".", ""));
        return month == null ? null : date(year, String.valueOf(month), dayOfMonth);
    }

    private static LocalDate date(String year, String month, String dayOfMonth) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "gennaio", "januari", "ocak"},
            {"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "februari", "şubat"},
            {"march", "mar", "märz", "maerz", "mars", "marzo", "maart", "mart"},
            {"april", "apr", "avril", "abril", "aprile", "nisan"},
            {"may", "mai", "mayo", "maggio", "mei", "mayıs"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "haziran"},
            {"july", "jul", "juli", "juillet", "julio", "luglio", "temmuz"},
            {"august", "aug", "août", "aout", "agosto", "augustus", "ağustos"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "eylül"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ekim"},
            {"november", "nov", "novembre", "noviembre", "kasım"},
            {"december", "dec", "dezember", "dez", "décembre", "diciembre", "dicembre", "aralık"},
        };
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
