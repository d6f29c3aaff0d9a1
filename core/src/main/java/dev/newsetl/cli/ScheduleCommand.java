package dev.newsetl.cli;

import dev.newsetl.job.RunParameters;
import dev.newsetl.job.ScheduleProperties;
import dev.newsetl.ops.RunLauncher;
import dev.newsetl.ops.RunOutcome;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code schedule}: stays up and runs the job on {@code newsetl.schedule.cron}, each tick with the tick's date as
 * the run date. One Spring context (and job repository connection) serves every tick.
 */
final class ScheduleCommand extends Command {
    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    static final String HELP = """
            Usage: java -jar target/news-etl.jar schedule [OPTIONS] [--SETTING=VALUE ...]

            Stays running and runs the job on a cron schedule (newsetl.schedule.cron in
            config/application.yml). Each run's date is the date of its tick in newsetl.schedule.zone.
            A run that fails or is stopped is resumed on the next tick (a restart of the same run date,
            which redoes only its unfinished partitions) before that tick's own date is run.
            Each run's outcome is logged. Stop it with Ctrl-C or SIGTERM.

            Options:
              --input=DIR|URI      input directory or Hadoop URI (default: input, setting newsetl.input.dir)
              --output=DIR|URI     output directory or Hadoop URI (default: output, setting newsetl.output.dir)
              --work-dir=DIR       local work folder when --output is a Hadoop URI (default: output,
                                   setting newsetl.output.work-dir)
              --help               show this text

            Settings (also as environment variables, e.g. NEWSETL_SCHEDULE_CRON):
              --newsetl.schedule.cron="0 0 2 * * *"   second minute hour day month weekday (default: 02:00 daily)
              --newsetl.schedule.zone=Europe/Istanbul  time zone of the expression and run dates (default: system)
              --newsetl.schedule.max-runs=0            stop after this many ticks; 0 = never (for trials and tests)
              and every setting of 'run --help'.

            Exit status: as 'run' for the last tick when max-runs is reached; 2 usage or configuration error.
            """;

    ScheduleCommand(Console console) {
        super(console, "schedule", () -> HELP);
    }

    @Override
    int run(CommandLine line) throws Exception {
        noArguments(line);
        List<String> springArgs = settings(line, RunLocations.OPTIONS);
        RunLocations.toSettings(line, springArgs);
        try (ConfigurableApplicationContext context = console.start(springArgs)) {
            var runs = RunLocations.resolve(context);
            RunParameters first = runs.apply(java.time.LocalDate.now());
            String input = first.input().toString();
            String output = first.output().toString();
            ScheduleProperties schedule = context.getBean(ScheduleProperties.class);
            RunLauncher launcher = context.getBean(RunLauncher.class);
            log.info("Scheduling runs of {} into {} on '{}' ({})", input, output, schedule.cron(), schedule.zoneId());
            int exitCode = new ScheduledRuns(
                            schedule.expression(),
                            schedule.zoneId(),
                            Clock.systemUTC(),
                            date -> launcher.run(runs.apply(date), false),
                            log::info)
                    .loop(schedule.maxRuns());
            return report(new RunOutcome(exitCode, "schedule ended; the last tick's exit code was " + exitCode));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.STOPPED;
        }
    }
}
