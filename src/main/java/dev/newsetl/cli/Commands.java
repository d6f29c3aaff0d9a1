package dev.newsetl.cli;

import dev.newsetl.ops.RunLauncher;
import dev.newsetl.ops.RunOutcome;
import dev.newsetl.job.RunParameters;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/** Checks a command line and runs its command. Usage errors are found before Spring starts (fast, one line). */
public final class Commands {
    public static final int USAGE = 2;
    private static final Set<String> RUN_OPTIONS = Set.of("input", "output", "work-dir", "run-date", "force",
            "full", "help");

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> spring;

    /** @param spring starts the application context with the given Spring arguments */
    public Commands(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> spring) {
        this.out = out;
        this.err = err;
        this.spring = spring;
    }

    public int execute(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.command() == null) {
                if (line.has("help")) {
                    out.print(Help.general());
                    return 0;
                }
                throw new UsageException("no command given (try --help)");
            }
            return switch (line.command()) {
                case "run" -> run(line);
                case "schedule" -> new ScheduleCommand(out, err, spring).execute(line);
                case "history" -> new HistoryCommand(out, err, spring).execute(line);
                case "status" -> new StatusCommand(out, err, spring).execute(line);
                case "restart" -> new RestartCommand(out, err, spring).execute(line);
                case "abandon" -> new AbandonCommand(out, err, spring).execute(line);
                case "help" -> {
                    out.print(Help.general());
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + line.command() + "' (try --help)");
            };
        } catch (UsageException e) {
            err.println("news-etl: " + e.getMessage());
            return USAGE;
        }
    }

    private int run(CommandLine line) {
        if (line.has("help")) {
            out.print(Help.run());
            return 0;
        }
        if (!line.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.positional().get(0) + "' for run");
        }
        List<String> springArgs = new ArrayList<>();
        for (Map.Entry<String, String> option : line.options().entrySet()) {
            String key = option.getKey();
            if (RUN_OPTIONS.contains(key)) {
                continue;
            }
            if (!SettingKeys.isSetting(key)) {
                throw new UsageException("unknown option --" + key + " (see run --help)");
            }
            if (option.getValue() == null) {
                throw new UsageException("setting --" + key + " needs a value: --" + key + "=VALUE");
            }
            springArgs.add("--" + key + "=" + option.getValue());
        }
        LocalDate runDate = runDate(line);
        boolean force = flag(line, "force");
        boolean full = flag(line, "full");
        RunLocations.toSettings(line, springArgs);
        try (ConfigurableApplicationContext context = spring.apply(springArgs.toArray(String[]::new))) {
            RunParameters run = RunLocations.resolve(context).apply(runDate);
            RunOutcome outcome = context.getBean(RunLauncher.class)
                    .run(run, force, full);
            (outcome.exitCode() == 0 ? out : err).println("news-etl: " + outcome.message());
            return outcome.exitCode();
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            return StartupFailures.report(e, err);
        }
    }

    private static LocalDate runDate(CommandLine line) {
        if (!line.has("run-date")) {
            return LocalDate.now();
        }
        String value = required(line, "run-date");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("malformed --run-date '" + value + "': expected YYYY-MM-DD");
        }
    }

    private static boolean flag(CommandLine line, String name) {
        if (!line.has(name)) {
            return false;
        }
        String value = line.value(name);
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new UsageException("--" + name + " takes no value (or true/false), got '" + value + "'");
    }

    private static String required(CommandLine line, String name) {
        String value = line.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " needs a value: --" + name + "=...");
        }
        return value;
    }
}
