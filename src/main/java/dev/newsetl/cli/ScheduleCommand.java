package dev.newsetl.cli;

import dev.newsetl.ops.RunLauncher;
import dev.newsetl.ops.RunOutcome;
import dev.newsetl.job.RunParameters;
import dev.newsetl.job.ScheduleProperties;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code schedule}: stays up and runs the job on {@code newsetl.schedule.cron}, each tick with the tick's date as
 * the run date. One Spring context (and job repository connection) serves every tick.
 */
final class ScheduleCommand {
    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);
    private static final Set<String> OPTIONS = Set.of("input", "output", "work-dir", "help");

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

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> spring;

    ScheduleCommand(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> spring) {
        this.out = out;
        this.err = err;
        this.spring = spring;
    }

    int execute(CommandLine line) {
        if (line.has("help")) {
            out.print(HELP);
            return 0;
        }
        if (!line.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.positional().get(0) + "' for schedule");
        }
        List<String> springArgs = new ArrayList<>();
        for (Map.Entry<String, String> option : line.options().entrySet()) {
            String key = option.getKey();
            if (OPTIONS.contains(key)) {
                continue;
            }
            if (!SettingKeys.isSetting(key)) {
                throw new UsageException("unknown option --" + key + " (see schedule --help)");
            }
            if (option.getValue() == null) {
                throw new UsageException("setting --" + key + " needs a value: --" + key + "=VALUE");
            }
            springArgs.add("--" + key + "=" + option.getValue());
        }
        RunLocations.toSettings(line, springArgs);
        try (ConfigurableApplicationContext context = spring.apply(springArgs.toArray(String[]::new))) {
            var runs = RunLocations.resolve(context);
            RunParameters first = runs.apply(java.time.LocalDate.now());
            String input = first.input().toString();
            String output = first.output().toString();
            ScheduleProperties schedule = context.getBean(ScheduleProperties.class);
            RunLauncher launcher = context.getBean(RunLauncher.class);
            log.info("Scheduling runs of {} into {} on '{}' ({})", input, output, schedule.cron(),
                    schedule.zoneId());
            int exitCode = new ScheduledRuns(schedule.expression(), schedule.zoneId(), Clock.systemUTC(),
                    date -> launcher.run(runs.apply(date), false), log::info)
                    .loop(schedule.maxRuns());
            (exitCode == 0 ? out : err).println("news-etl: schedule ended; the last tick's exit code was " + exitCode);
            return exitCode;
        } catch (UsageException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.STOPPED;
        } catch (Exception e) {
            return StartupFailures.report(e, err);
        }
    }

    private static String value(CommandLine line, String name) {
        String value = line.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " needs a value: --" + name + "=...");
        }
        return value;
    }
}
