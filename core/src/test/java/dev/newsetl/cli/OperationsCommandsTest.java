package dev.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.JobRepositoryDb;
import dev.newsetl.testing.PublishedRun;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, status, restart, abandon and the rerun rules of run, on the bundled input, in this JVM. */
class OperationsCommandsTest {

    @Test
    void failedRunIsShownByHistoryAndStatusThenRestartedByRestart(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        Files.createDirectories(output);
        assertThat(Cli.run("history", "--output=" + output).out()).contains("No runs recorded in " + output);

        Cli.Result failed = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=2026-02-03",
                "--newsetl.job.partition-size=4",
                "--newsetl.job.threads=2",
                "--newsetl.job.fail-on-path=2026-01-29-ankara-metro");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);

        Cli.Result history = Cli.run("history", "--output=" + output);
        assertThat(history.exitCode()).as(history.err()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines.get(0))
                .matches("ID +RUN DATE +STATUS +START +END +DURATION +FILES READ +ARTICLES" + " +REJECTED");
        assertThat(lines.get(1)).matches(" *1 +2026-02-03 +FAILED +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d .*");
        assertThat(history.out()).contains("other rows count the files that execution read");

        Cli.Result status = Cli.run("status", "--output=" + output);
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out())
                .contains("Execution 1 of run_date=2026-02-03: FAILED")
                .contains("injected fault")
                .contains("restart 1 --output=" + output)
                .containsPattern("\n  message +java.lang.IllegalStateException: injected fault")
                .containsPattern("\n  extract-partition:p00000 +FAILED ")
                .containsPattern("\n  extract-partition:p00001 +COMPLETED +4 +4 +4 +0 ")
                .containsPattern("\nprepare +COMPLETED ");
        assertThat(Cli.run("status", "7", "--output=" + output).exitCode()).isEqualTo(2);
        assertThat(Cli.run("status", "x7", "--output=" + output).err()).contains("'x7' is not an execution id");

        Cli.Result restarted = Cli.run("restart", "--output=" + output, "--newsetl.job.threads=2");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("run_date=2026-02-03 (execution 2) completed");
        PublishedRun.assertEveryFileExactlyOnce(output.resolve("run_date=2026-02-03"), input);
        assertThat(new JobRepositoryDb(output).filesRead(2)).isEqualTo(4);

        Cli.Result again = Cli.run("restart", "--output=" + output);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("no FAILED or STOPPED execution to restart");
        Cli.Result byId = Cli.run("restart", "1", "--output=" + output);
        assertThat(byId.exitCode()).isZero();
        assertThat(byId.out()).contains("execution 2 (run_date=2026-02-03) already completed");

        List<String> after =
                Cli.run("history", "--output=" + output).out().lines().toList();
        assertThat(after.get(1)).matches(" *2 +2026-02-03 +COMPLETED .* 17 +17 +0");
        assertThat(after.get(2)).matches(" *1 +2026-02-03 +FAILED .*");
    }

    @Test
    void completedRunDateIsNotRedoneUnlessForcedAndForceReplacesThePublishedRun(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        String[] run = {
            "run", "--input=" + input, "--output=" + output, "--run-date=2026-02-04", "--newsetl.job.threads=2"
        };
        assertThat(Cli.run(run).exitCode()).isZero();
        Path published = output.resolve("run_date=2026-02-04");
        Files.writeString(published.resolve("left-by-the-old-run.txt"), "old");

        Cli.Result repeated = Cli.run(run);
        assertThat(repeated.exitCode()).isZero();
        assertThat(repeated.out()).contains("run_date=2026-02-04 already completed (execution 1); use --force");
        assertThat(new JobRepositoryDb(output).executions()).hasSize(1);

        Files.writeString(
                input.resolve("wire/added-later.txt"),
                "Added later\n\nA paragraph written after the"
                        + " first run, so the forced run has one more article.\n");
        Cli.Result forced = Cli.run(concat(run, "--force"));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("(execution 2) completed");
        assertThat(PublishedRun.manifest(published).get("job_execution_id").asLong())
                .isEqualTo(2);
        assertThat(published.resolve("left-by-the-old-run.txt")).doesNotExist();
        assertThat(output.resolve("_staging/run_date=2026-02-04")).doesNotExist();
        PublishedRun.assertEveryFileExactlyOnce(published, input);
    }

    @Test
    void abandonedRunDateIsNotResumedAndForceRunsItAfresh(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        String[] run = {
            "run",
            "--input=" + input,
            "--output=" + output,
            "--run-date=2026-02-05",
            "--newsetl.job.partition-size=4",
            "--newsetl.job.threads=2"
        };
        assertThat(Cli.run(concat(run, "--newsetl.job.fail-on-path=2026-01-29-ankara-metro"))
                        .exitCode())
                .isEqualTo(1);

        assertThat(Cli.run("abandon", "--output=" + output).exitCode()).isEqualTo(2);
        assertThat(Cli.run("abandon", "9", "--output=" + output).err()).contains("no execution 9");
        Cli.Result abandoned = Cli.run("abandon", "1", "--output=" + output);
        assertThat(abandoned.exitCode()).as(abandoned.err()).isZero();
        assertThat(abandoned.out()).contains("execution 1 (run_date=2026-02-05) abandoned");
        assertThat(Cli.run("history", "--output=" + output).out()).containsPattern(" 1 +2026-02-05 +ABANDONED ");

        Cli.Result resumed = Cli.run(run);
        assertThat(resumed.exitCode()).isEqualTo(2);
        assertThat(resumed.err()).contains("run_date=2026-02-05 was abandoned (execution 1); use --force");
        assertThat(Cli.run("restart", "1", "--output=" + output).err()).contains("was abandoned");

        Cli.Result forced = Cli.run(concat(run, "--force"));
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        PublishedRun.assertEveryFileExactlyOnce(output.resolve("run_date=2026-02-05"), input);
        assertThat(Cli.run("abandon", "2", "--output=" + output).err()).contains("completed; there is nothing");
    }

    @Test
    void failedRunDateThatAForcedRunCompletedIsNotResumedOverIt(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        String[] run = {
            "run",
            "--input=" + input,
            "--output=" + output,
            "--run-date=2026-02-08",
            "--newsetl.job.partition-size=4",
            "--newsetl.job.threads=2"
        };
        assertThat(Cli.run(concat(run, "--newsetl.job.fail-on-path=2026-01-29-ankara-metro"))
                        .exitCode())
                .isEqualTo(1);
        assertThat(Cli.run(concat(run, "--force")).exitCode()).isZero();

        Cli.Result again = Cli.run(run);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed (execution 2, a forced run)");
        assertThat(Cli.run("restart", "--output=" + output).err())
                .contains("no FAILED or STOPPED execution to restart");
        Cli.Result byId = Cli.run("restart", "1", "--output=" + output);
        assertThat(byId.exitCode()).isZero();
        assertThat(byId.out()).contains("completed by execution 2 (--force); not restarting it");
        assertThat(new JobRepositoryDb(output).executions()).hasSize(2);
        assertThat(PublishedRun.manifest(output.resolve("run_date=2026-02-08"))
                        .get("job_execution_id")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void outputThatCannotBeWrittenFailsBeforeStartingAndRunsOnceFixed(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        // Tests run as root, which chmod does not stop: a path under a regular file cannot be created by anyone.
        Path blocker = temp.resolve("blocker");
        Files.writeString(blocker, "a file where a directory should be");
        Path output = blocker.resolve("output");
        String[] run = {"run", "--input=" + input, "--output=" + output, "--run-date=2026-02-06"};

        Cli.Result refused = Cli.run(run);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("output directory " + output + " cannot be written")
                .contains("nothing was started");
        assertThat(refused.err().lines()).hasSize(1);

        Files.delete(blocker);
        Cli.Result fixed = Cli.run(run);
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        PublishedRun.assertEveryFileExactlyOnce(output.resolve("run_date=2026-02-06"), input);
    }

    @Test
    void stagingThatCannotBeWrittenFailsTheRunWithoutPublishingAndTheSameCommandResumes(@TempDir Path temp)
            throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        Files.createDirectories(output);
        Files.writeString(output.resolve("_staging"), "a file where the staging folder should be");
        String[] run = {"run", "--input=" + input, "--output=" + output, "--run-date=2026-02-07"};

        Cli.Result failed = Cli.run(run);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err())
                .contains("run_date=2026-02-07 (execution 1) FAILED")
                .contains("_staging")
                .contains("run the same command to resume");
        assertThat(output.resolve("run_date=2026-02-07")).doesNotExist();

        Files.delete(output.resolve("_staging"));
        Cli.Result resumed = Cli.run(run);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(new JobRepositoryDb(output).executions())
                .containsExactly(List.of(1L, "FAILED"), List.of(2L, "COMPLETED"));
        PublishedRun.assertEveryFileExactlyOnce(output.resolve("run_date=2026-02-07"), input);
    }

    @Test
    void helpTextsNameEveryCommand() {
        Cli.Result general = Cli.run("--help");
        for (String command : List.of("run", "history", "status", "restart", "abandon")) {
            assertThat(general.out()).containsPattern("\n  " + command + " ");
            Cli.Result help = Cli.run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).startsWith("Usage: java -jar target/news-etl.jar " + command);
        }
        assertThat(Cli.run("history", "--limit=0").err()).contains("--limit needs a positive number");
        assertThat(Cli.run("history", "--bogus=1").err()).contains("unknown option --bogus");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
