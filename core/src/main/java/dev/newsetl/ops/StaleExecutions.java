package dev.newsetl.ops;

import dev.newsetl.job.NewsEtlJobConfiguration;
import dev.newsetl.job.RunParameters;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Executions the job repository still marks as running (STARTING, STARTED, STOPPING) although no process runs
 * them: what a SIGKILL, an OOM kill or a power cut leaves behind. Such an execution blocks a restart of its run date
 * until it is marked FAILED ({@link JobOperator#recover}). Called only while holding the output lock, so no live run
 * of this output exists; the recorded owner is still checked, because the job repository can be shared by outputs
 * (a configured database URL) and an execution whose process is alive is never taken over.
 */
final class StaleExecutions {
    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobOperator operator;
    private final JobRepository repository;

    StaleExecutions(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    /**
     * Recovers every stale execution of the job.
     *
     * @param output the output whose lock the caller holds, as recorded in job parameters (path or URI)
     * @return a refusal when an execution of this output is run by a process that is still alive
     */
    Optional<RunOutcome> recover(String output) {
        List<JobExecution> running = repository.findRunningJobExecutions(NewsEtlJobConfiguration.JOB_NAME).stream()
                .sorted(Comparator.comparing(JobExecution::getId))
                .toList();
        for (JobExecution execution : running) {
            Optional<RunOutcome> refused = recoverOne(execution, output, "is marked " + execution.getStatus());
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /**
     * An execution can also have ended (STOPPED, FAILED) with some of its steps still marked running, when its JVM
     * went down while the job was still winding up; Spring Batch refuses to restart the run date until those steps
     * are marked failed too.
     *
     * @param last the last execution of the job instance about to be run again, or null
     */
    Optional<RunOutcome> recoverSteps(JobExecution last, String output) {
        if (last == null
                || last.isRunning()
                || last.getStatus() == BatchStatus.COMPLETED
                || last.getStatus() == BatchStatus.ABANDONED
                || last.getStepExecutions().stream()
                        .noneMatch(s -> s.getStatus().isRunning())) {
            return Optional.empty();
        }
        return recoverOne(last, output, "ended " + last.getStatus() + " with steps still marked running");
    }

    private Optional<RunOutcome> recoverOne(JobExecution execution, String output, String state) {
        boolean sameOutput = output.equals(execution.getJobParameters().getString(RunParameters.OUTPUT));
        Optional<OwnerProcess> owner =
                OwnerProcess.parse(execution.getExecutionContext().get(RunLauncher.OWNER_KEY));
        OwnerProcess.Liveness liveness =
                owner.map(o -> o.liveness(created(execution))).orElse(OwnerProcess.Liveness.UNKNOWN);
        String who = owner.map(OwnerProcess::toString).orElse("not recorded");
        if (liveness == OwnerProcess.Liveness.ALIVE) {
            return sameOutput
                    ? Optional.of(new RunOutcome(
                            RunOutcome.LOCKED,
                            "execution " + execution.getId()
                                    + " of this output " + state + " and its process (" + who
                                    + ") is still alive; not taking it"
                                    + " over"))
                    : Optional.empty();
        }
        if (liveness == OwnerProcess.Liveness.UNKNOWN && !sameOutput) {
            // Another output's execution whose process we cannot check (another host): not ours to judge.
            log.info("Execution {} of another output {} (owner {}); leaving it alone", execution.getId(), state, who);
            return Optional.empty();
        }
        log.warn(
                "Execution {} (run_date={}) {} but its process ({}) is gone; marking it FAILED so it can be resumed",
                execution.getId(),
                execution.getJobParameters().getString(RunParameters.RUN_DATE),
                state,
                who);
        operator.recover(execution);
        return Optional.empty();
    }

    private static Instant created(JobExecution execution) {
        var created = execution.getCreateTime() != null ? execution.getCreateTime() : execution.getStartTime();
        return created == null ? null : created.atZone(ZoneId.systemDefault()).toInstant();
    }
}
