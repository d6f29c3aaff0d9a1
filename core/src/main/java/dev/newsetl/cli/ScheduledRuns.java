package dev.newsetl.cli;

import dev.newsetl.ops.RunOutcome;
import dev.newsetl.write.RunLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.scheduling.support.CronExpression;

/**
 * The schedule loop: wait for the cron expression's next tick, then run the tick's date. A date whose run did not
 * complete stays pending and is run again first on the next tick; the job repository then resumes that failed
 * execution (same run date, same job instance) rather than starting afresh. Dates are run oldest first and a
 * failure stops the tick, so a day is never published before an earlier one that is still failing.
 */
final class ScheduledRuns {
    /** Runs (or resumes) one run date. */
    interface Launch {
        RunOutcome run(LocalDate runDate) throws Exception;
    }

    private final CronExpression cron;
    private final ZoneId zone;
    private final Clock clock;
    private final Launch launch;
    private final Consumer<String> log;
    private final TreeSet<LocalDate> pending = new TreeSet<>();

    ScheduledRuns(CronExpression cron, ZoneId zone, Clock clock, Launch launch, Consumer<String> log) {
        this.cron = cron;
        this.zone = zone;
        this.clock = clock;
        this.launch = launch;
        this.log = log;
    }

    /**
     * Runs until {@code maxTicks} ticks have passed (0 = until the thread is interrupted or the expression has no
     * next time). Returns the exit code of the last tick: 0 when everything due has completed.
     */
    int loop(int maxTicks) throws InterruptedException {
        int exitCode = RunOutcome.COMPLETED;
        ZonedDateTime last = null;
        for (int tick = 0; maxTicks == 0 || tick < maxTicks; tick++) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
            // Never the same tick twice, even if the clock reads a hair before the tick we just ran.
            ZonedDateTime next = cron.next(last != null && last.isAfter(now) ? last : now);
            if (next == null) {
                log.accept("the cron expression has no further time after " + now + "; stopping");
                break;
            }
            log.accept("next run at " + next + (pending.isEmpty() ? "" : "; pending from earlier ticks: " + pending));
            sleepUntil(next);
            last = next;
            exitCode = tick(next.toLocalDate());
        }
        return exitCode;
    }

    /** One tick: the pending dates, oldest first, then the tick's own date; stops at the first that fails. */
    int tick(LocalDate tickDate) {
        pending.add(tickDate);
        for (LocalDate date : new ArrayList<>(pending)) {
            RunOutcome outcome;
            try {
                outcome = launch.run(date);
            } catch (Exception e) {
                outcome = new RunOutcome(RunOutcome.FAILED, RunLayout.runDirName(date) + " failed to start: " + e);
            }
            log.accept("scheduled run_date=" + date + " ended with exit code " + outcome.exitCode() + ": "
                    + outcome.message());
            if (outcome.exitCode() != RunOutcome.COMPLETED) {
                log.accept(RunLayout.runDirName(date) + " will be resumed on the next tick");
                return outcome.exitCode();
            }
            pending.remove(date);
        }
        return RunOutcome.COMPLETED;
    }

    List<LocalDate> pending() {
        return List.copyOf(pending);
    }

    private void sleepUntil(ZonedDateTime time) throws InterruptedException {
        // Sleep in short steps: a clock change or a laptop resuming from sleep must not skip a tick.
        while (clock.instant().isBefore(time.toInstant())) {
            long millis = Duration.between(clock.instant(), time.toInstant()).toMillis();
            Thread.sleep(Math.max(1, Math.min(millis, 1000)));
        }
    }
}
