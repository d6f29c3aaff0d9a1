package dev.newsetl.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A dateline's date carries no year ({@code SALVADOR, Feb 26}): it is the filing day, on or a little before the
 * article's publication day, so it takes that day's year, or the year before when that would put it after
 * publication ({@code Dec 31} in a story published on Jan 2).
 */
public final class DatelineDates {
    /** Filing days this far past the publication day are read as the same year (time zones, late corrections). */
    static final int DAYS_AFTER_PUBLICATION = 2;

    private DatelineDates() {}

    /** The dateline's day resolved against the publication day, or null when either is unknown or no such date. */
    public static LocalDate resolve(MonthDay day, LocalDate published) {
        if (day == null || published == null) {
            return null;
        }
        for (int year = published.getYear(); year >= published.getYear() - 1; year--) {
            LocalDate candidate;
            try {
                candidate = day.atYear(year);
            } catch (DateTimeException e) {
                return null;
            }
            if (!candidate.isAfter(published.plusDays(DAYS_AFTER_PUBLICATION))) {
                // 29 February in a year without it becomes the 28th: read the year it exists in instead
                return day.isValidYear(year) ? candidate : null;
            }
        }
        return null;
    }
}
