package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job against a real in-process HDFS (MiniDFSCluster): reads the bundled input/ from HDFS, publishes to HDFS, and
 * what it published equals a local run of the same input and run date, also after a failed run is restarted or
 * abandoned and redone (the job repository stays in the local work folder).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HadoopFileSystemRunTest {
    private static final String RUN_DATE = "2026-01-30";
    private static final String RUN = "run_date=" + RUN_DATE;
    private static final List<String> CSVS =
            List.of("articles.csv", "entities.csv", "quotes.csv", "rejects.csv", "name_candidates.csv");
    /** The one column that differs between two runs of the same input: when the run processed the file. */
    private static final String RUN_TIME_COLUMN = "ingested_at";

    private static final String CONTENT_COLUMNS = "COLUMNS(c -> c <> '" + RUN_TIME_COLUMN + "')";

    Path temp;
    Path base;
    MiniDFSCluster cluster;
    FileSystem hdfs;
    String root;
    Path localRun;

    @BeforeAll
    void startClusterAndRunLocally(@TempDir Path temp) throws Exception {
        this.temp = temp;
        base = Files.createTempDirectory(Path.of("target"), "minidfs-");
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toAbsolutePath().toString());
        cluster =
                new MiniDFSCluster.Builder(conf, base.toFile()).numDataNodes(1).build();
        cluster.waitActive();
        hdfs = cluster.getFileSystem();
        root = hdfs.getUri().toString();
        hdfs.copyFromLocalFile(
                false,
                true,
                new org.apache.hadoop.fs.Path(Path.of("input").toAbsolutePath().toUri()),
                new org.apache.hadoop.fs.Path(root + "/input"));

        Path localInput = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path localOutput = temp.resolve("local-output");
        Cli.Result local = Cli.run(
                "run",
                "--input=" + localInput,
                "--output=" + localOutput,
                "--run-date=" + RUN_DATE,
                "--newsetl.job.partition-size=5");
        assertThat(local.exitCode()).as(local.err()).isZero();
        localRun = localOutput.resolve(RUN);
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.shutdown(true);
        }
        dev.newsetl.fs.FileTrees.delete(base);
    }

    @Test
    void renameCommitPublishesTheSameRunAsALocalRun() throws Exception {
        Cli.Result result = run("out-rename", "work-rename");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(root + "/out-rename/" + RUN);
        assertThat(hdfs.exists(remote("out-rename/" + RUN + "/_SUCCESS"))).isTrue();
        assertThat(hdfs.exists(remote("out-rename/_staging"))).isFalse();
        assertSameAsLocal("out-rename");
        assertThat(read("out-rename/latest")).isEqualTo(RUN + "\n");
        // The job's own state stayed in the local work folder, and was cleaned up there too.
        assertThat(temp.resolve("work-rename/_meta/newsetl.mv.db")).exists();
        assertThat(temp.resolve("work-rename/_staging")).doesNotExist();

        // status reads the local job repository and shows the URIs; the same run again is already complete.
        Cli.Result status =
                Cli.run("status", "--output=" + root + "/out-rename", "--work-dir=" + temp.resolve("work-rename"));
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out())
                .contains(root + "/out-rename")
                .contains(root + "/input")
                .contains("COMPLETED");
        Cli.Result again = run("out-rename", "work-rename");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed");
    }

    @Test
    void directCommitWritesTheSameRunWithoutAnyRename() throws Exception {
        Cli.Result result = run("out-direct", "work-direct", "--newsetl.output.commit=direct");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(hdfs.exists(remote("out-direct/" + RUN + "/_SUCCESS"))).isTrue();
        assertThat(hdfs.exists(remote("out-direct/_staging"))).isFalse();
        assertSameAsLocal("out-direct");
        assertThat(read("out-direct/latest")).isEqualTo(RUN + "\n");
    }

    @Test
    void leftoversOfACrashedCopyAndAnOlderRunOfTheDateAreReplaced() throws Exception {
        // A copy cut short by a crash (no _SUCCESS) and an older published run of the same date.
        write("out-crash/_staging/" + RUN + "/publish/articles.csv", "half a file");
        write("out-crash/_staging/" + RUN + "/publish/stray-part.parquet", "junk");
        write("out-crash/" + RUN + "/articles.csv", "an older run");
        write("out-crash/" + RUN + "/old-only.csv", "only in the older run");
        write("out-crash/" + RUN + "/_SUCCESS", "");
        Cli.Result result = run("out-crash", "work-crash");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(hdfs.exists(remote("out-crash/_staging"))).isFalse();
        assertThat(hdfs.exists(remote("out-crash/" + RUN + "/old-only.csv"))).isFalse();
        assertSameAsLocal("out-crash");

        // Direct mode over a partial run: old files of the date removed first, every file exactly once.
        write("out-crash/" + RUN + "/stray-part.parquet", "junk");
        hdfs.delete(remote("out-crash/" + RUN + "/_SUCCESS"), false);
        Cli.Result again = run("out-crash", "work-crash", "--newsetl.output.commit=direct", "--force");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(hdfs.exists(remote("out-crash/" + RUN + "/stray-part.parquet")))
                .isFalse();
        assertSameAsLocal("out-crash");
    }

    @Test
    void aFailedRunIsRestartedAndAnAbandonedOneRedoneAgainstTheHadoopOutput() throws Exception {
        // restart: the failed partition is redone from the local work folder, the run published on HDFS once.
        Cli.Result failed = run("out-restart", "work-restart", FAIL_ONE_FILE);
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        assertThat(hdfs.exists(remote("out-restart/" + RUN))).isFalse();
        Cli.Result restarted =
                Cli.run("restart", "--output=" + root + "/out-restart", "--work-dir=" + temp.resolve("work-restart"));
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        assertThat(hdfs.exists(remote("out-restart/" + RUN + "/_SUCCESS"))).isTrue();
        assertThat(hdfs.exists(remote("out-restart/_staging"))).isFalse();
        assertSameAsLocal("out-restart");

        // abandon: run no longer resumes the date; run --force does it again from the start.
        Cli.Result failedAgain = run("out-abandon", "work-abandon", FAIL_ONE_FILE);
        assertThat(failedAgain.exitCode())
                .as(failedAgain.out() + failedAgain.err())
                .isEqualTo(1);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\(execution (\\d+)\\)")
                .matcher(failedAgain.out() + failedAgain.err());
        assertThat(id.find()).as(failedAgain.out() + failedAgain.err()).isTrue();
        Cli.Result abandoned = Cli.run(
                "abandon",
                id.group(1),
                "--output=" + root + "/out-abandon",
                "--work-dir=" + temp.resolve("work-abandon"));
        assertThat(abandoned.exitCode()).as(abandoned.out() + abandoned.err()).isZero();
        Cli.Result status = Cli.run(
                "status",
                id.group(1),
                "--output=" + root + "/out-abandon",
                "--work-dir=" + temp.resolve("work-abandon"));
        assertThat(status.out()).contains("ABANDONED");
        Cli.Result redone = run("out-abandon", "work-abandon", "--force");
        assertThat(redone.exitCode()).as(redone.out() + redone.err()).isZero();
        assertSameAsLocal("out-abandon");
    }

    /** An injected fault on one bundled article: its partition fails, the others complete. */
    private static final String FAIL_ONE_FILE = "--newsetl.job.fail-on-path=2026-01-29-ankara-metro";

    private Cli.Result run(String output, String work, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "run",
                "--input=" + root + "/input",
                "--output=" + root + "/" + output,
                "--work-dir=" + temp.resolve(work),
                "--run-date=" + RUN_DATE,
                "--newsetl.job.partition-size=5"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** CSVs record for record and Parquet row for row against the local run, all but the run's own time. */
    private void assertSameAsLocal(String output) throws Exception {
        Path copy = Files.createTempDirectory(temp, "copy-");
        hdfs.copyToLocalFile(false, remote(output + "/" + RUN), new org.apache.hadoop.fs.Path(copy.toUri()), true);
        Path remoteRun = copy.resolve(RUN);
        for (String csv : CSVS) {
            assertThat(csvWithoutRunTime(remoteRun.resolve(csv)))
                    .as(csv)
                    .isNotEmpty()
                    .isEqualTo(csvWithoutRunTime(localRun.resolve(csv)));
        }
        try (DuckDb duck = new DuckDb()) {
            for (String table : List.of("articles", "entities", "quotes")) {
                String ours = "(SELECT " + CONTENT_COLUMNS + " FROM read_parquet('" + TestFiles.sql(remoteRun) + "/"
                        + table + "/*.parquet'))";
                String theirs = "(SELECT " + CONTENT_COLUMNS + " FROM read_parquet('" + TestFiles.sql(localRun) + "/"
                        + table + "/*.parquet'))";
                long rows = duck.count("SELECT count(*) FROM " + theirs);
                assertThat(duck.count("SELECT count(*) FROM " + ours)).as(table).isEqualTo(rows);
                assertThat(duck.count("SELECT count(*) FROM (SELECT * FROM " + ours + " EXCEPT ALL SELECT * FROM "
                                + theirs + ")"))
                        .as(table)
                        .isZero();
            }
        }
        assertThat(listNames(remoteRun)).isEqualTo(listNames(localRun));
    }

    /** Header and records, without {@code ingested_at} (when each run processed the file). */
    private static List<List<String>> csvWithoutRunTime(Path csv) throws Exception {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(Files.newBufferedReader(csv))) {
            List<List<String>> records = new java.util.ArrayList<>();
            int skip = -1;
            for (var record : parser) {
                List<String> values = new java.util.ArrayList<>(record.toList());
                if (records.isEmpty()) {
                    skip = values.indexOf(RUN_TIME_COLUMN);
                }
                if (skip >= 0) {
                    values.remove(skip);
                }
                records.add(values);
            }
            return records;
        }
    }

    private static List<String> listNames(Path run) throws Exception {
        try (var walk = Files.walk(run)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> run.relativize(p).toString())
                    .filter(p -> !p.endsWith(".crc"))
                    .sorted()
                    .toList();
        }
    }

    private org.apache.hadoop.fs.Path remote(String relative) {
        return new org.apache.hadoop.fs.Path(root + "/" + relative);
    }

    private void write(String relative, String text) throws Exception {
        try (var out = hdfs.create(remote(relative), true)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private String read(String relative) throws Exception {
        try (var in = hdfs.open(remote(relative))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
