package dev.newsetl.cli;

import dev.newsetl.fs.HadoopFileSystems;
import dev.newsetl.fs.Location;
import dev.newsetl.job.InputProperties;
import dev.newsetl.job.OutputProperties;
import dev.newsetl.job.RunParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --input}, {@code --output} and {@code --work-dir} of {@code run} and {@code schedule}: local paths or
 * Hadoop FileSystem URIs. Checked before Spring starts where that needs no connection, and again against the
 * settings Spring resolved (a config file or environment variable may have set them).
 */
final class RunLocations {
    static final Set<String> OPTIONS = Set.of("input", "output", "work-dir");

    private RunLocations() {}

    /** Before Spring: checks the options and adds them to {@code springArgs} as settings. */
    static void toSettings(CommandLine line, List<String> springArgs) {
        if (line.has("input")) {
            Location input = parse(line, "input");
            if (input.isLocal() && !Files.isDirectory(input.localPath())) {
                throw new UsageException("input directory " + input + " does not exist or is not a directory");
            }
            springArgs.add("--newsetl.input.dir=" + input);
        }
        if (line.has("work-dir")) {
            Location work = parse(line, "work-dir");
            if (!work.isLocal()) {
                throw new UsageException("--work-dir must be a local directory, not " + work);
            }
            springArgs.add("--newsetl.output.work-dir=" + work);
        }
        if (line.has("output")) {
            Location output = parse(line, "output");
            springArgs.add("--newsetl.output.dir=" + output);
            if (output.isLocal()) {
                WritableOutput.require(output.localPath());
            } else {
                // The job repository, the lock and the staging folders stay local: that folder must be writable.
                String work = line.has("work-dir")
                        ? line.value("work-dir")
                        : line.has("newsetl.output.work-dir") ? line.value("newsetl.output.work-dir") : "output";
                WritableOutput.require(Location.parse(work).localPath());
            }
        }
    }

    /**
     * After Spring: the run parameters for a run date from the resolved settings. Checks the input exists (on a
     * Hadoop file system too: a typo in a URI is a usage error, not a failed run).
     */
    static Function<LocalDate, RunParameters> resolve(ConfigurableApplicationContext context) {
        Location input;
        Location output;
        Path work;
        try {
            input = context.getBean(InputProperties.class).location();
            OutputProperties outputProperties = context.getBean(OutputProperties.class);
            output = outputProperties.location();
            work = outputProperties.work();
            outputProperties.commitMode();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        requireDirectory(input);
        return date -> new RunParameters(date, input, output, work);
    }

    private static void requireDirectory(Location input) {
        if (input.isLocal()) {
            if (!Files.isDirectory(input.localPath())) {
                throw new UsageException("input directory " + input + " does not exist or is not a directory");
            }
            return;
        }
        try {
            if (!HadoopFileSystems.of(input)
                    .getFileStatus(HadoopFileSystems.path(input))
                    .isDirectory()) {
                throw new UsageException("input directory " + input + " is not a directory");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("input directory " + input + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Location parse(CommandLine line, String name) {
        String value = line.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " needs a value: --" + name + "=...");
        }
        try {
            return Location.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + ": " + e.getMessage());
        }
    }
}
