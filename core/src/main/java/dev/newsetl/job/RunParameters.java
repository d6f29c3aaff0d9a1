package dev.newsetl.job;

import dev.newsetl.fs.Location;
import dev.newsetl.write.RunLayout;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The job parameters of a run. Run date and input root identify a run (so running the same date again restarts
 * it); the output root does not, because the job repository itself lives there (or in the work folder).
 *
 * @param input  the input root, local or a Hadoop URI
 * @param output the output root, local or a Hadoop URI
 * @param work   the local folder of the run's staging, lock and job repository: the output itself when it is local
 */
public record RunParameters(LocalDate runDate, Location input, Location output, Path work) {
    public static final String RUN_DATE = "run.date";
    public static final String INPUT = "input.dir";
    public static final String OUTPUT = "output.dir";
    static final String WORK = "work.dir";
    static final String FORCE = "force.token";
    static final String FULL = "full";

    public RunParameters {
        work = work.toAbsolutePath().normalize();
    }

    /** A run from a local input to a local output. */
    public RunParameters(LocalDate runDate, Path input, Path output) {
        this(runDate, Location.local(input), Location.local(output), output);
    }

    /** The run a step of the job is working on. */
    static RunParameters of(ChunkContext chunkContext) {
        return of(chunkContext.getStepContext().getStepExecution().getJobParameters());
    }

    public static RunParameters of(JobParameters parameters) {
        String output = parameters.getString(OUTPUT);
        String work = parameters.getString(WORK);
        return new RunParameters(
                LocalDate.parse(parameters.getString(RUN_DATE)),
                Location.parse(parameters.getString(INPUT)),
                Location.parse(output),
                Path.of(work == null ? output : work));
    }

    /** @param forceToken non-null to start a new job instance for a run date that already completed */
    public JobParameters toJobParameters(Long forceToken) {
        return toJobParameters(forceToken, false);
    }

    /** @param full process every input file, not only those new or changed since an earlier run */
    public JobParameters toJobParameters(Long forceToken, boolean full) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(RUN_DATE, runDate.toString(), true)
                .addString(INPUT, input.toString(), true)
                .addString(OUTPUT, output.toString(), false);
        if (!output.isLocal()) {
            // Only for a Hadoop output: a local output is its own work folder, and its parameters stay as they were.
            builder.addString(WORK, work.toString(), false);
        }
        builder.addString(FULL, Boolean.toString(full), false);
        if (forceToken != null) {
            builder.addLong(FORCE, forceToken, true);
        }
        return builder.toJobParameters();
    }

    /** The run's local staging layout, under the work folder. */
    public RunLayout layout() {
        return new RunLayout(work, runDate);
    }

    /** Where the run appears when published: a local path or a URI. */
    public String published() {
        return output.resolve(layout().runDirName()).toString();
    }
}
