package dev.newsetl.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times, durations and counts are written in {@code history} and {@code status}. */
final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Formats() {}

    static String time(LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }

    /** From start to end, or to {@code now} while still running; "-" before it started. */
    static String duration(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
        if (start == null) {
            return "-";
        }
        return duration(Duration.between(start, end == null ? now : end));
    }

    /** {@code 850ms}, {@code 42s}, {@code 4m07s}, {@code 2h03m09s}. */
    static String duration(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }

    /** {@code 12,345}; "-" for an unknown count. */
    static String count(Long count) {
        return count == null ? "-" : String.format(Locale.ROOT, "%,d", count);
    }
}
