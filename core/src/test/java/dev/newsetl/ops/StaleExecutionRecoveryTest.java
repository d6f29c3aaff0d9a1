package dev.newsetl.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.NewsEtlApplication;
import dev.newsetl.job.NewsEtlJobConfiguration;
import dev.newsetl.job.RunParameters;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An execution left STARTED in the job repository, as a killed JVM leaves it: recovered by the next run when its
 * recorded process is gone, never taken over while that process is alive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleExecutionRecoveryTest {
    Path input;
    Path output;
    ConfigurableApplicationContext context;
    JobRepository repository;
    RunLauncher launcher;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        output = temp.resolve("output");
        SpringApplication app = new SpringApplication(NewsEtlApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        context = app.run("--newsetl.output.dir=" + output, "--newsetl.input.dir=" + input, "--newsetl.job.threads=2");
        repository = context.getBean(JobRepository.class);
        launcher = context.getBean(RunLauncher.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void executionOfADeadProcessIsRecoveredAndItsRunDateResumed() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RunParameters run = new RunParameters(LocalDate.parse("2026-02-10"), input, output);
        JobExecution stale =
                leftRunning(run, gone.pid() + "@" + OwnerProcess.current().host());

        RunOutcome outcome = launcher.run(run, false);

        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(repository.getJobExecution(stale.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution resumed = repository.getLastJobExecution(stale.getJobInstance());
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // The listener declared by the operations package joined the job: the new execution names its process.
        assertThat(resumed.getExecutionContext().getString(RunLauncher.OWNER_KEY))
                .isEqualTo(OutputLock.owner());
    }

    @Test
    void stoppedExecutionWithAStepStillMarkedRunningIsRecoveredToo() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RunParameters run = new RunParameters(LocalDate.parse("2026-02-12"), input, output);
        JobExecution stopped =
                leftRunning(run, gone.pid() + "@" + OwnerProcess.current().host());
        StepExecution step = repository.createStepExecution("prepare", stopped);
        step.setStatus(BatchStatus.STARTED);
        repository.update(step);
        stopped.setStatus(BatchStatus.STOPPED);
        stopped.setEndTime(LocalDateTime.now());
        repository.update(stopped);

        RunOutcome outcome = launcher.run(run, false);

        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(repository.getJobExecution(stopped.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void executionWhoseProcessIsAliveIsNeverTakenOver() throws Exception {
        Process alive = new ProcessBuilder("sleep", "120").start();
        try {
            Thread.sleep(50);
            RunParameters run = new RunParameters(LocalDate.parse("2026-02-11"), input, output);
            JobExecution running =
                    leftRunning(run, alive.pid() + "@" + OwnerProcess.current().host());

            RunOutcome outcome = launcher.run(run, false);

            assertThat(outcome.exitCode()).isEqualTo(RunOutcome.LOCKED);
            assertThat(outcome.message())
                    .contains("execution " + running.getId())
                    .contains(alive.pid() + "@")
                    .contains("still alive; not taking it over");
            assertThat(repository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
        } finally {
            alive.destroyForcibly().waitFor();
        }
        // Once that process is gone, the same run recovers it.
        RunOutcome later = launcher.run(new RunParameters(LocalDate.parse("2026-02-11"), input, output), false);
        assertThat(later.exitCode()).as(later.message()).isZero();
    }

    /** What a JVM killed in the middle of a run leaves in the job repository. */
    private JobExecution leftRunning(RunParameters run, String owner) {
        JobParameters parameters = run.toJobParameters(null);
        JobInstance instance = repository.createJobInstance(NewsEtlJobConfiguration.JOB_NAME, parameters);
        ExecutionContext context = new ExecutionContext();
        context.putString(RunLauncher.OWNER_KEY, owner);
        JobExecution execution = repository.createJobExecution(instance, parameters, context);
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        repository.update(execution);
        repository.updateExecutionContext(execution);
        return execution;
    }
}
