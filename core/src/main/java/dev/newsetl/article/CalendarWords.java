package dev.newsetl.article;

import java.util.Set;

/**
 * English month and weekday words, lower case, as news text writes them: what the parser reads in dates and stamps,
 * and what the name rules know is no name. One list, so they agree.
 */
public final class CalendarWords {
    /** Month names and their abbreviations ({@code sept} included). */
    public static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");
    /** Month names that are also given names ({@code May}, {@code June}): on their own they may be a person. */
    public static final Set<String> MONTHS_THAT_ARE_NAMES = Set.of("may", "june", "april", "august");
    /** Weekday names. */
    public static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Weekday abbreviations; {@code sun} is also a newspaper's name. */
    public static final Set<String> WEEKDAY_ABBREVIATIONS =
            Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private CalendarWords() {}
}
