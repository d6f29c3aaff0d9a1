package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.Corpus;
import dev.newsetl.testing.JarProcess;
import dev.newsetl.testing.JobRepositoryDb;
import dev.newsetl.testing.PublishedRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the real jar runs: {@code status} reads the running execution, a second {@code run} on the same output is
 * refused (exit 4), and SIGTERM stops the run at the next chunk (exit 3, STOPPED). The same command again resumes
 * it and publishes every file once.
 */
class StopAndConcurrentRunIT {
    // Large enough that the first run is still busy when the second one starts (5,000 was done by then once the job
    // got faster).
    private static final int FILES = 40_000;

    @Test
    void secondRunIsRefusedAndSigtermStopsTheRunForALaterResume(@TempDir Path temp) throws Exception {
        Path input = Corpus.generate(temp.resolve("input"), FILES, 11);
        Path output = temp.resolve("output");
        // One thread and small chunks: the run lasts long enough for the checks, and a stop lands quickly.
        String[] command = {
            "run",
            "--input=" + input,
            "--output=" + output,
            "--run-date=2026-03-02",
            "--newsetl.job.partition-size=200",
            "--newsetl.job.threads=1",
            "--newsetl.job.chunk-size=50"
        };
        JobRepositoryDb db = new JobRepositoryDb(output);

        JarProcess first = JarProcess.start(temp.resolve("first.log"), command);
        first.await("the input listing", Duration.ofSeconds(90), () -> contains(first, "Listed " + FILES));

        Cli.Result status = Cli.run("status", "--output=" + output);
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out())
                .contains("Execution 1 of run_date=2026-03-02: STARTED")
                .contains("running in process " + first.pid() + "@");

        int refused = JarProcess.run(temp.resolve("second.log"), Duration.ofSeconds(90), command);
        String secondLog = java.nio.file.Files.readString(temp.resolve("second.log"));
        assertThat(refused).as(secondLog).isEqualTo(4);
        assertThat(secondLog)
                .contains("another news-etl run (" + first.pid() + "@")
                .contains("not starting");
        assertThat(first.isAlive())
                .as("the first run must still be running for the stop test: corpus too small" + " for this machine?")
                .isTrue();

        first.await("a completed partition", Duration.ofSeconds(90), () -> db.completedPartitions(null) >= 1);
        first.terminate();
        int stopped = first.waitFor(Duration.ofSeconds(90));
        assertThat(stopped).as(first.log()).isEqualTo(3);
        assertThat(first.log())
                .contains("Received SIGTERM")
                .contains("(execution 1) stopped; run the same command" + " to resume");
        assertThat(db.executions()).containsExactly(List.of(1L, "STOPPED"));
        long filesOfCompletedPartitions = db.count("SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = 1 AND STEP_NAME LIKE 'extract-partition:%' AND STATUS = 'COMPLETED'");
        assertThat(output.resolve("run_date=2026-03-02")).doesNotExist();

        // Settings are not part of a run's identity: the resume may use both cores.
        String[] resume = command.clone();
        resume[5] = "--newsetl.job.threads=2";
        JarProcess third = JarProcess.start(temp.resolve("third.log"), resume);
        assertThat(third.waitFor(Duration.ofSeconds(150))).as(third.log()).isZero();
        assertThat(third.log()).contains("Resuming run_date=2026-03-02 from execution 1 (STOPPED)");
        List<List<Object>> executions = db.executions();
        assertThat(executions).hasSize(2);
        assertThat(executions.get(1).get(1)).isEqualTo("COMPLETED");
        long resumed = (Long) executions.get(1).get(0);
        assertThat(db.filesRead(resumed))
                .as("the resumed execution reads only what the stopped one had not done")
                .isEqualTo(FILES - filesOfCompletedPartitions)
                .isLessThan(FILES);
        PublishedRun.assertEveryFileExactlyOnce(output.resolve("run_date=2026-03-02"), input);
    }

    private static boolean contains(JarProcess process, String text) {
        try {
            return process.log().contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
