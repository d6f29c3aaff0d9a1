package dev.newsetl.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code newsetl.schedule.*}: the {@code schedule} command's timetable.
 *
 * @param cron    Spring cron expression with seconds ({@code second minute hour day month weekday})
 * @param zone    time zone the expression and the run date are read in; empty = the system's
 * @param maxRuns stop after this many scheduled runs; 0 = run until stopped (a setting for tests and trials)
 */
@ConfigurationProperties("newsetl.schedule")
public record ScheduleProperties(
        @DefaultValue("0 0 2 * * *") String cron,
        @DefaultValue("") String zone,
        @DefaultValue("0") int maxRuns) {
    public ScheduleProperties {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("newsetl.schedule.cron is not a valid cron expression: '" + cron
                    + "' (six fields: second minute hour day month weekday, e.g. '0 0 2 * * *')");
        }
        if (maxRuns < 0) {
            throw new IllegalArgumentException(
                    "newsetl.schedule.max-runs must be 0 (no limit) or more, was " + maxRuns);
        }
        if (!zone.isBlank()) {
            try {
                java.time.ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("newsetl.schedule.zone is not a time zone: '" + zone + "'");
            }
        }
    }

    public CronExpression expression() {
        return CronExpression.parse(cron);
    }

    public java.time.ZoneId zoneId() {
        return zone.isBlank() ? java.time.ZoneId.systemDefault() : java.time.ZoneId.of(zone);
    }
}
