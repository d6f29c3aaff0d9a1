package dev.newsetl.ops;

import dev.newsetl.job.NewsEtlJobConfiguration;
import dev.newsetl.job.RunParameters;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * A failed or stopped run date can have been run again with {@code --force} (a new job instance) and completed.
 * Resuming the old instance then would publish its older listing over the newer run, so it is not resumed.
 */
final class SupersededRuns {
    private SupersededRuns() {}

    /** A later COMPLETED execution of the same run date in another job instance, if there is one. */
    static Optional<JobExecution> newerCompleted(JobRepository repository, JobExecution last) {
        String runDate = last.getJobParameters().getString(RunParameters.RUN_DATE);
        for (JobInstance instance : repository.findJobInstances(NewsEtlJobConfiguration.JOB_NAME)) {
            if (instance.getInstanceId() == last.getJobInstance().getInstanceId()) {
                continue;
            }
            JobExecution other = repository.getLastJobExecution(instance);
            if (other != null
                    && other.getId() > last.getId()
                    && other.getStatus() == BatchStatus.COMPLETED
                    && Objects.equals(runDate, other.getJobParameters().getString(RunParameters.RUN_DATE))) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }
}
