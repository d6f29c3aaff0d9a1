package dev.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.ops.RunOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

class ScheduledRunsTest {
    static final LocalDate MON = LocalDate.parse("2026-02-02");
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);

    final List<LocalDate> launched = new ArrayList<>();
    final List<String> log = new ArrayList<>();

    ScheduledRuns schedule(int failures) {
        int[] left = {failures};
        return new ScheduledRuns(
                CronExpression.parse("* * * * * *"),
                ZoneOffset.UTC,
                Clock.systemUTC(),
                date -> {
                    launched.add(date);
                    return left[0]-- > 0
                            ? new RunOutcome(RunOutcome.FAILED, "run_date=" + date + " FAILED: disk full")
                            : new RunOutcome(RunOutcome.COMPLETED, "run_date=" + date + " completed");
                },
                log::add);
    }

    @Test
    void aFailedDateIsRunAgainFirstOnTheNextTickThenTheTicksOwnDate() {
        ScheduledRuns runs = schedule(1);
        assertThat(runs.tick(MON)).isEqualTo(RunOutcome.FAILED);
        assertThat(runs.pending()).containsExactly(MON);
        assertThat(runs.tick(TUE)).isEqualTo(RunOutcome.COMPLETED);
        assertThat(launched).containsExactly(MON, MON, TUE);
        assertThat(runs.pending()).isEmpty();
        assertThat(log).anyMatch(l -> l.contains("run_date=2026-02-02 will be resumed on the next tick"));
    }

    @Test
    void aDateThatKeepsFailingHoldsBackLaterDatesUntilItCompletes() {
        ScheduledRuns runs = schedule(2);
        runs.tick(MON);
        runs.tick(TUE); // MON fails again: TUE waits
        assertThat(runs.pending()).containsExactly(MON, TUE);
        assertThat(runs.tick(WED)).isZero();
        assertThat(launched).containsExactly(MON, MON, MON, TUE, WED);
    }

    @Test
    void anExceptionFromTheLauncherIsAFailedRunNotTheEndOfTheSchedule() {
        ScheduledRuns runs = new ScheduledRuns(
                CronExpression.parse("* * * * * *"),
                ZoneOffset.UTC,
                Clock.systemUTC(),
                date -> {
                    throw new IllegalStateException("database unreachable");
                },
                log::add);
        assertThat(runs.tick(MON)).isEqualTo(RunOutcome.FAILED);
        assertThat(runs.pending()).containsExactly(MON);
        assertThat(log).anyMatch(l -> l.contains("database unreachable"));
    }

    @Test
    void loopWaitsForEachTickAndRunsTheTicksDate() throws Exception {
        ScheduledRuns runs = schedule(0);
        long start = System.nanoTime();
        assertThat(runs.loop(2)).isZero();
        assertThat(launched)
                .hasSize(2)
                .allMatch(d -> !d.isBefore(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1000);
    }
}
