package dev.newsetl.cli;

import dev.newsetl.job.RunParameters;
import dev.newsetl.ops.RunLauncher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code run}: one run of the job for a run date (today by default); resumes a failed or stopped run of that date,
 * does nothing for a completed one unless {@code --force}.
 */
final class RunCommand extends Command {
    private static final Set<String> OPTIONS = Set.of("input", "output", "work-dir", "run-date", "force", "full");

    RunCommand(Console console) {
        super(console, "run", Help::run);
    }

    @Override
    int run(CommandLine line) throws Exception {
        noArguments(line);
        List<String> springArgs = settings(line, OPTIONS);
        LocalDate runDate = runDate(line);
        boolean force = flag(line, "force");
        boolean full = flag(line, "full");
        RunLocations.toSettings(line, springArgs);
        try (ConfigurableApplicationContext context = console.start(springArgs)) {
            RunParameters run = RunLocations.resolve(context).apply(runDate);
            return report(context.getBean(RunLauncher.class).run(run, force, full));
        }
    }

    private static LocalDate runDate(CommandLine line) {
        if (!line.has("run-date")) {
            return LocalDate.now();
        }
        String value = line.value("run-date");
        if (value == null || value.isBlank()) {
            throw new UsageException("--run-date needs a value: --run-date=...");
        }
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
}
