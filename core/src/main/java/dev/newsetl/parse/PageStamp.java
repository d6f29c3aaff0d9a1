package dev.newsetl.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's publication stamp inside the text: {@code Giriş: 15 Eylül 2025, Pazartesi 15:33 Güncelleme: 15 Eylül
 * 2025, Pazartesi 15:40}. The first time is the publication; Turkish sites stamp Türkiye time (UTC+3).
 *
 * @param start     where the stamp starts in the text
 * @param end       where it ends
 * @param published the first time, or null when it is not a real date
 */
record PageStamp(int start, int end, Instant published) {

    private static final ZoneOffset TURKIYE = ZoneOffset.ofHours(3);

    private static final String MONTHS_TR =
            "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık";
    private static final String WHEN = "(\\d{1,2}) (" + MONTHS_TR + ") (\\d{4}),? (?:\\p{L}+ )?(\\d{1,2})[:.](\\d{2})";
    private static final Pattern STAMP = Pattern.compile("Giriş: " + WHEN + "(?: Güncelleme: \\d{1,2} (?:" + MONTHS_TR
            + ") \\d{4},? (?:\\p{L}+ )?\\d{1,2}[:.]\\d{2})?");

    private static final Map<String, Integer> MONTH_NUMBER = Map.ofEntries(
            Map.entry("Ocak", 1),
            Map.entry("Şubat", 2),
            Map.entry("Mart", 3),
            Map.entry("Nisan", 4),
            Map.entry("Mayıs", 5),
            Map.entry("Haziran", 6),
            Map.entry("Temmuz", 7),
            Map.entry("Ağustos", 8),
            Map.entry("Eylül", 9),
            Map.entry("Ekim", 10),
            Map.entry("Kasım", 11),
            Map.entry("Aralık", 12));

    /** The first stamp in the text, or null; a cheap substring test keeps the pattern off most paragraphs. */
    static PageStamp find(String text) {
        int at = text.indexOf("Giriş: ");
        if (at < 0) {
            return null;
        }
        Matcher m = STAMP.matcher(text);
        if (!m.find(at)) {
            return null;
        }
        Instant published = null;
        try {
            published = LocalDateTime.of(
                            Integer.parseInt(m.group(3)),
                            MONTH_NUMBER.get(m.group(2)),
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)))
                    .toInstant(TURKIYE);
        } catch (DateTimeException e) {
            // an impossible date is still a stamp to take out; it just gives no time
        }
        return new PageStamp(m.start(), m.end(), published);
    }
}
