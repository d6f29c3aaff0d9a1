package dev.newsetl.cli;

import dev.newsetl.fs.Location;
import dev.newsetl.job.OutputProperties;
import dev.newsetl.ops.ExecutionControl;
import dev.newsetl.ops.RunHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application context for the commands that work on the job repository ({@code history}, {@code status},
 * {@code restart}, {@code abandon}). It starts lazily, so the dictionary and the language models are loaded only
 * if a job actually runs, and so a mistyped {@code --output} does not create an empty database there.
 */
final class RepositoryContext implements AutoCloseable {
    private static final String DATABASE_FILE = "newsetl.mv.db";

    private final ConfigurableApplicationContext context;

    private RepositoryContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The options every repository command takes besides its own. */
    static final Set<String> OPTIONS = Set.of("output", "work-dir");

    /**
     * Checks {@code --output} and {@code --work-dir} and starts the context.
     *
     * @param springArgs the command's settings, as Spring arguments
     */
    static RepositoryContext open(CommandLine line, List<String> springArgs, Console console) {
        if (line.has("output")) {
            String value = line.value("output");
            if (value == null || value.isBlank()) {
                throw new UsageException("--output needs a value: --output=DIR");
            }
            Location output;
            try {
                output = Location.parse(value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--output: " + e.getMessage());
            }
            // A Hadoop output is not contacted: these commands read the local job repository in its work folder.
            if (output.isLocal() && !Files.isDirectory(output.localPath())) {
                throw new UsageException("output directory " + output + " does not exist");
            }
            springArgs.add("--newsetl.output.dir=" + output);
        }
        if (line.has("work-dir")) {
            String value = line.value("work-dir");
            if (value == null || value.isBlank()) {
                throw new UsageException("--work-dir needs a value: --work-dir=DIR");
            }
            springArgs.add("--newsetl.output.work-dir="
                    + Path.of(value).toAbsolutePath().normalize());
        }
        springArgs.add("--spring.main.lazy-initialization=true");
        return new RepositoryContext(console.start(springArgs));
    }

    /** The output as job parameters record it: an absolute path, or a Hadoop URI. */
    String output() {
        return settings(() -> context.getBean(OutputProperties.class).location().toString());
    }

    /** The local folder with the job repository and the lock: the output itself unless that is a Hadoop URI. */
    Path work() {
        return settings(() -> context.getBean(OutputProperties.class).work());
    }

    private static <T> T settings(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** False when the output has no job repository yet (nothing ever ran there) and none is configured. */
    boolean hasRepository() {
        OutputProperties output = context.getBean(OutputProperties.class);
        boolean configured =
                output.databaseUrl() != null && !output.databaseUrl().isBlank();
        return configured || Files.exists(work().resolve("_meta").resolve(DATABASE_FILE));
    }

    RunHistory history() {
        return new RunHistory(context.getBean(JobRepository.class), context.getBean(DataSource.class));
    }

    ExecutionControl control() {
        return new ExecutionControl(
                context.getBean(JobOperator.class), context.getBean(JobRepository.class), history());
    }

    @Override
    public void close() {
        context.close();
    }

    static long executionId(String text, String command) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(command + ": '" + text + "' is not an execution id (see history)");
    }
}
