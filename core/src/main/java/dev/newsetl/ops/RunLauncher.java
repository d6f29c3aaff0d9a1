package dev.newsetl.ops;

import dev.newsetl.job.NewsEtlJobConfiguration;
import dev.newsetl.job.RunParameters;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Starts a run the way an operator expects: one run per output at a time; an execution left running by a dead
 * process is recovered; a failed or stopped run of the same date is resumed; a completed one is not redone
 * unless forced.
 */
public class RunLauncher {
    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);
    static final String OWNER_KEY = "newsetl.owner";

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;

    public RunLauncher(JobOperator operator, JobRepository repository, Job job) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
    }

    public RunOutcome run(RunParameters run, boolean force) throws Exception {
        return run(run, force, false);
    }

    /** @param full process every input file, not only those new or changed since the last completed run */
    public RunOutcome run(RunParameters run, boolean force, boolean full) throws Exception {
        Optional<OutputLock> acquired = OutputLock.tryAcquire(run.work());
        if (acquired.isEmpty()) {
            return new RunOutcome(
                    RunOutcome.LOCKED,
                    "another news-etl run (" + OutputLock.holder(run.work()) + ") is using " + run.output()
                            + "; not starting");
        }
        try (OutputLock ignored = acquired.get()) {
            StaleExecutions stale = new StaleExecutions(operator, repository);
            Optional<RunOutcome> refused = stale.recover(run.output().toString());
            if (refused.isPresent()) {
                return refused.get();
            }
            JobParameters parameters = run.toJobParameters(null);
            JobInstance instance = repository.getJobInstance(NewsEtlJobConfiguration.JOB_NAME, parameters);
            if (instance != null) {
                refused = stale.recoverSteps(
                        repository.getLastJobExecution(instance), run.output().toString());
                if (refused.isPresent()) {
                    return refused.get();
                }
                JobExecution last = repository.getLastJobExecution(instance);
                if (last != null && last.getStatus() == BatchStatus.COMPLETED && !force) {
                    return new RunOutcome(
                            RunOutcome.COMPLETED,
                            run.layout().runDirName() + " already completed (execution " + last.getId()
                                    + "); use --force to run it again");
                }
                if (last != null && last.getStatus() == BatchStatus.ABANDONED && !force) {
                    // Spring Batch never restarts an abandoned instance; only a new one (--force) can run the date.
                    return new RunOutcome(
                            RunOutcome.USAGE,
                            run.layout().runDirName() + " was abandoned" + " (execution " + last.getId()
                                    + "); use --force to run it again from the start");
                }
                Optional<JobExecution> newer =
                        last == null || force ? Optional.empty() : SupersededRuns.newerCompleted(repository, last);
                if (newer.isPresent()) {
                    return new RunOutcome(
                            RunOutcome.COMPLETED,
                            run.layout().runDirName() + " already completed" + " (execution "
                                    + newer.get().getId() + ", a forced run); use --force to run it again");
                }
                if (last != null && last.getStatus() != BatchStatus.COMPLETED && !force) {
                    log.info(
                            "Resuming run_date={} from execution {} ({})",
                            run.runDate(),
                            last.getId(),
                            last.getStatus());
                }
            }
            parameters = run.toJobParameters(force ? System.currentTimeMillis() : null, full);
            JobExecution execution;
            try (StopOnSignal signals = StopOnSignal.install(new ExecutionStopper(operator, repository, parameters))) {
                execution = operator.start(job, parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                return new RunOutcome(
                        RunOutcome.COMPLETED,
                        run.layout().runDirName() + " already completed; use" + " --force to run it again");
            }
            return outcomeOf(execution, run);
        }
    }

    static RunOutcome outcomeOf(JobExecution execution, RunParameters run) {
        BatchStatus status = execution.getStatus();
        String where = run.layout().runDirName() + " (execution " + execution.getId() + ")";
        return switch (status) {
            case COMPLETED -> new RunOutcome(RunOutcome.COMPLETED, where + " completed: " + run.published());
            case STOPPED -> new RunOutcome(RunOutcome.STOPPED, where + " stopped; run the same command to resume");
            default ->
                new RunOutcome(
                        RunOutcome.FAILED,
                        where + " " + status + ": " + failure(execution)
                                + "; fix the cause and run the same command to resume");
        };
    }

    /**
     * The cause worth reading: a failed partition's or step's own exception before the job's "partition handler
     * returned an unsuccessful step" ({@code getAllFailureExceptions} comes out of a HashSet, in no fixed order).
     */
    private static String failure(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(
                                (StepExecution s) -> s.getStepName().indexOf(':') < 0)
                        .thenComparing(StepExecution::getStepName))
                .flatMap(s -> s.getFailureExceptions().stream())
                .findFirst()
                .or(() -> execution.getFailureExceptions().stream().findFirst())
                .map(RunLauncher::rootMessage)
                .orElse(execution.getExitStatus().getExitDescription());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == t ? message : t.getMessage() + " (" + message + ")";
    }
}
