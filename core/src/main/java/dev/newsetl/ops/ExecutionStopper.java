package dev.newsetl.ops;

import dev.newsetl.job.NewsEtlJobConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Asks the execution of one job instance to stop ({@link JobOperator#stop}: STOPPING in the job repository, which
 * every step checks at its next chunk). The signal may come while the execution is still being created, so it waits
 * for it a little; a concurrent update of the execution makes it try again.
 */
record ExecutionStopper(JobOperator operator, JobRepository repository, JobParameters parameters) implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ExecutionStopper.class);
    private static final int ATTEMPTS = 100;
    private static final long PAUSE_MILLIS = 100;

    @Override
    public void run() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            JobExecution execution = repository.getLastJobExecution(NewsEtlJobConfiguration.JOB_NAME, parameters);
            if (execution != null && execution.isRunning()) {
                try {
                    operator.stop(execution);
                    log.info("Execution {} is stopping; partitions finish their current chunk", execution.getId());
                    return;
                } catch (JobExecutionNotRunningException e) {
                    return;
                } catch (OptimisticLockingFailureException e) {
                    log.debug("Execution {} changed while stopping it; trying again", execution.getId());
                }
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Found no running execution to stop");
    }
}
