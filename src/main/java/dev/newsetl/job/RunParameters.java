package dev.newsetl.job;

import dev.newsetl.write.RunLayout;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a run. Run date and input root identify a run (so running the same date again restarts
 * it); the output root does not, because the job repository itself lives there.
 */
public record RunParameters(LocalDate runDate, Path input, Path output) {
    static final String RUN_DATE = "run.date";
    static final String INPUT = "input.dir";
    static final String OUTPUT = "output.dir";
    static final String FORCE = "force.token";
    static final String FULL = "full";

    public static RunParameters of(JobParameters parameters) {
        return new RunParameters(LocalDate.parse(parameters.getString(RUN_DATE)),
                Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)));
    }

    /** @param forceToken non-null to start a new job instance for a run date that already completed */
    public JobParameters toJobParameters(Long forceToken) {
        return toJobParameters(forceToken, false);
    }

    /** @param full process every input file, not only those new or changed since an earlier run */
    public JobParameters toJobParameters(Long forceToken, boolean full) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(RUN_DATE, runDate.toString(), true)
                .addString(INPUT, input.toAbsolutePath().normalize().toString(), true)
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString(), false);
        builder.addString(FULL, Boolean.toString(full), false);
        if (forceToken != null) {
            builder.addLong(FORCE, forceToken, true);
        }
        return builder.toJobParameters();
    }

    public RunLayout layout() {
        return new RunLayout(output, runDate);
    }
}
