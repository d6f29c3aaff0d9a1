package dev.newsetl.job;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code newsetl.progress.*}: how a run shows its progress through the extract phase.
 *
 * @param mode        {@code auto} (a live bar on a terminal, log lines otherwise), {@code bar}, {@code log} or
 *                    {@code off}
 * @param logInterval time between two progress log lines when not drawing a bar
 */
@ConfigurationProperties("newsetl.progress")
public record ProgressProperties(
        @DefaultValue("auto") String mode,
        @DefaultValue("5s") Duration logInterval) {
    public ProgressProperties {
        mode = mode.toLowerCase(Locale.ROOT);
        if (!java.util.Set.of("auto", "bar", "log", "off").contains(mode)) {
            throw new IllegalArgumentException(
                    "newsetl.progress.mode must be auto, bar, log or off, was '" + mode + "'");
        }
        if (logInterval.isNegative() || logInterval.isZero()) {
            throw new IllegalArgumentException("newsetl.progress.log-interval must be positive, was " + logInterval);
        }
    }

    /** Whether to draw a bar: on a terminal in auto mode (System.console() is null when output is redirected). */
    boolean bar() {
        return mode.equals("bar") || (mode.equals("auto") && System.console() != null);
    }
}
