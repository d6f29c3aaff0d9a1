package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Corpus;
import dev.newsetl.testing.JarProcess;
import dev.newsetl.testing.JobRepositoryDb;
import dev.newsetl.testing.PublishedRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar is killed with SIGKILL half way through a run; the same command again recovers the execution the
 * dead process left STARTED, redoes only the partitions that had not completed, and publishes every file once.
 */
class CrashRestartIT {
    private static final int FILES = 10_000; // 50 partitions: the kill lands well before the end of extract
    private static final int PARTITION_SIZE = 200;

    @Test
    void killedRunIsRecoveredAndResumedWithEveryFileExactlyOnce(@TempDir Path temp) throws Exception {
        Path input = Corpus.generate(temp.resolve("input"), FILES, 7);
        Path output = temp.resolve("output");
        String[] command = {
            "run",
            "--input=" + input,
            "--output=" + output,
            "--run-date=2026-03-01",
            "--newsetl.job.partition-size=" + PARTITION_SIZE,
            "--newsetl.job.threads=2"
        };
        int partitions = FILES / PARTITION_SIZE;
        JobRepositoryDb db = new JobRepositoryDb(output);

        JarProcess first = JarProcess.start(temp.resolve("first.log"), command);
        first.await("the input listing", Duration.ofSeconds(90), () -> contains(first, "Listed " + FILES));
        first.await("two completed partitions", Duration.ofSeconds(90), () -> db.completedPartitions(null) >= 2);
        long seenCommitted = db.completedPartitions(1L);
        first.kill();
        assertThat(first.waitFor(Duration.ofSeconds(30))).isEqualTo(137);

        long completedBeforeKill = db.completedPartitions(1L);
        // What the running process had committed (read through its H2 server) must have reached the file.
        assertThat(completedBeforeKill)
                .as("partitions committed before the kill and still recorded after it")
                .isGreaterThanOrEqualTo(seenCommitted);
        assertThat(completedBeforeKill)
                .as("the kill came before the end of extract")
                .isLessThan(partitions);
        assertThat(db.executions()).containsExactly(List.of(1L, "STARTED"));
        long filesOfCompletedPartitions = db.count("SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = 1 AND STEP_NAME LIKE 'extract-partition:%' AND STATUS = 'COMPLETED'");

        JarProcess second = JarProcess.start(temp.resolve("second.log"), command);
        int exit = second.waitFor(Duration.ofSeconds(120));
        assertThat(exit).as(second.log()).isZero();
        assertThat(second.log())
                .contains("Execution 1 (run_date=2026-03-01) is marked STARTED but its process (" + first.pid() + "@")
                .contains("is gone; marking it FAILED");

        List<List<Object>> executions = db.executions();
        assertThat(executions).hasSize(2);
        assertThat(executions.get(0)).containsExactly(1L, "FAILED");
        assertThat(executions.get(1).get(1)).isEqualTo("COMPLETED");
        // Not 2: H2 hands out sequence values in blocks, and a killed database skips the rest of its block.
        long resumed = (Long) executions.get(1).get(0);
        long resumedRead = db.filesRead(resumed);
        assertThat(resumedRead)
                .as("the second execution reads only what the first had not completed")
                .isLessThan(FILES)
                .isEqualTo(FILES - filesOfCompletedPartitions);
        assertThat(db.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + resumed
                        + " AND STEP_NAME LIKE 'extract-partition:%'"))
                .isEqualTo(partitions - completedBeforeKill);

        Path run = output.resolve("run_date=2026-03-01");
        PublishedRun.assertEveryFileExactlyOnce(run, input);
        assertThat(PublishedRun.manifest(run).get("job_execution_id").asLong()).isEqualTo(resumed);
        assertThat(PublishedRun.manifest(run).get("counts").get("rejects").asLong())
                .isEqualTo(Corpus.emptyFiles(FILES));
        assertThat(output.resolve("_staging/run_date=2026-03-01")).doesNotExist();
    }

    private static boolean contains(JarProcess process, String text) {
        try {
            return process.log().contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
