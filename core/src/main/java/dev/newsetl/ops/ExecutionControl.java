package dev.newsetl.ops;

import dev.newsetl.job.RunParameters;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * {@code restart} and {@code abandon}: act on one execution while holding the output lock, as {@code run} does, so
 * they never race a running job; stale executions are recovered first, the same way.
 */
public record ExecutionControl(JobOperator operator, JobRepository repository, RunHistory history) {
    private static final int RESTART_SEARCH = 1000;

    /**
     * Resumes an execution's run date where it stopped.
     *
     * @param output      the output as recorded in job parameters (absolute path or URI)
     * @param work        the local work directory holding the output's lock
     * @param executionId the execution, or null for the latest FAILED or STOPPED one of this output
     */
    public RunOutcome restart(String output, Path work, Long executionId) throws Exception {
        return whileHoldingOutput(output, work, () -> {
            JobExecution chosen = executionId == null ? latestRestartable(output) : history.find(executionId);
            if (chosen == null) {
                return executionId == null
                        ? new RunOutcome(RunOutcome.USAGE, "no FAILED or STOPPED execution to restart in " + output)
                        : new RunOutcome(RunOutcome.USAGE, "no execution " + executionId + " in " + output);
            }
            Optional<RunOutcome> elsewhere = otherOutput(chosen, output);
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
            StaleExecutions stale = new StaleExecutions(operator, repository);
            Optional<RunOutcome> refused =
                    stale.recoverSteps(repository.getLastJobExecution(chosen.getJobInstance()), output);
            if (refused.isPresent()) {
                return refused.get();
            }
            JobExecution last = repository.getLastJobExecution(chosen.getJobInstance());
            String what = describe(last);
            Optional<JobExecution> newer = SupersededRuns.newerCompleted(repository, last);
            if (newer.isPresent()) {
                return new RunOutcome(
                        RunOutcome.COMPLETED,
                        what + " was run again and completed by execution "
                                + newer.get().getId() + " (--force); not restarting it over that run");
            }
            return switch (last.getStatus()) {
                case COMPLETED ->
                    new RunOutcome(
                            RunOutcome.COMPLETED,
                            what + " already completed; nothing to" + " restart (use run --force to redo the date)");
                case ABANDONED ->
                    new RunOutcome(
                            RunOutcome.USAGE,
                            what + " was abandoned and cannot be restarted" + " (use run --force to redo the date)");
                case FAILED, STOPPED -> {
                    JobExecution execution;
                    try (StopOnSignal signals =
                            StopOnSignal.install(new ExecutionStopper(operator, repository, last.getJobParameters()))) {
                        execution = operator.restart(last);
                    }
                    yield RunLauncher.outcomeOf(execution, RunParameters.of(execution.getJobParameters()));
                }
                default -> new RunOutcome(RunOutcome.LOCKED, what + " is " + last.getStatus() + "; not restarting");
            };
        });
    }

    /** Marks an ended execution ABANDONED: {@code run} will not resume its run date; {@code run --force} redoes it. */
    public RunOutcome abandon(String output, Path work, long executionId) throws Exception {
        JobExecution found = history.find(executionId);
        if (found == null) {
            return new RunOutcome(RunOutcome.USAGE, "no execution " + executionId + " in " + output);
        }
        Optional<RunOutcome> elsewhere = otherOutput(found, output);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        return whileHoldingOutput(output, work, () -> {
            // Read again under the lock: recovering stale executions may have changed its status.
            JobExecution execution = repository.getJobExecution(executionId);
            JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
            String what = describe(execution);
            if (last.getId() != execution.getId()) {
                return new RunOutcome(
                        RunOutcome.USAGE,
                        what + " was resumed by execution " + last.getId() + "; abandon that one instead");
            }
            return switch (execution.getStatus()) {
                case ABANDONED -> new RunOutcome(RunOutcome.COMPLETED, what + " is already abandoned");
                case COMPLETED -> new RunOutcome(RunOutcome.USAGE, what + " completed; there is nothing to abandon");
                case FAILED, STOPPED, STOPPING, UNKNOWN -> {
                    try {
                        operator.abandon(execution);
                    } catch (Exception e) {
                        yield new RunOutcome(RunOutcome.FAILED, "cannot abandon " + what + ": " + e.getMessage());
                    }
                    yield new RunOutcome(
                            RunOutcome.COMPLETED,
                            what + " abandoned: run will not resume that date;" + " run --force starts it afresh");
                }
                default ->
                    new RunOutcome(
                            RunOutcome.LOCKED,
                            what + " is " + execution.getStatus() + "; stop it first (SIGTERM to its process)");
            };
        });
    }

    /** What restart and abandon do once they hold the output lock and stale executions are recovered. */
    @FunctionalInterface
    private interface LockedAction {
        RunOutcome run() throws Exception;
    }

    /**
     * Takes the output lock (busy if another process holds it), recovers executions whose process is gone, then
     * acts: the same order as {@code run}, so these commands never race a running job.
     */
    private RunOutcome whileHoldingOutput(String output, Path work, LockedAction action) throws Exception {
        Optional<OutputLock> acquired = OutputLock.tryAcquire(work);
        if (acquired.isEmpty()) {
            return busy(output, work);
        }
        try (OutputLock ignored = acquired.get()) {
            Optional<RunOutcome> refused = new StaleExecutions(operator, repository).recover(output);
            if (refused.isPresent()) {
                return refused.get();
            }
            return action.run();
        }
    }

    private JobExecution latestRestartable(String output) {
        for (long id : history.executionIds(RESTART_SEARCH)) {
            JobExecution execution = history.find(id);
            if (execution == null || otherOutput(execution, output).isPresent()) {
                continue;
            }
            BatchStatus status = execution.getStatus();
            if ((status == BatchStatus.FAILED || status == BatchStatus.STOPPED)
                    && repository
                                    .getLastJobExecution(execution.getJobInstance())
                                    .getId()
                            == id
                    && SupersededRuns.newerCompleted(repository, execution).isEmpty()) {
                return execution;
            }
        }
        return null;
    }

    /** The job writes to the output recorded in its parameters; that output's lock is the one that counts. */
    private static Optional<RunOutcome> otherOutput(JobExecution execution, String output) {
        String recorded = execution.getJobParameters().getString(RunParameters.OUTPUT);
        if (recorded == null || recorded.equals(output)) {
            return Optional.empty();
        }
        return Optional.of(new RunOutcome(
                RunOutcome.USAGE,
                describe(execution) + " belongs to output " + recorded + "; give --output=" + recorded));
    }

    private static RunOutcome busy(String output, Path work) {
        return new RunOutcome(
                RunOutcome.LOCKED,
                "a news-etl run (" + OutputLock.holder(work) + ") is using " + output
                        + "; try again when it has ended");
    }

    private static String describe(JobExecution execution) {
        return "execution " + execution.getId() + " (run_date="
                + execution.getJobParameters().getString(RunParameters.RUN_DATE) + ")";
    }
}
