package dev.newsetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.DuckDb;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition fails (injected fault); the same command again redoes only that partition; nothing is doubled. */
class RestartAfterFailureTest {

    @Test
    void restartRedoesOnlyTheFailedPartitionAndWritesEveryArticleOnce(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        long files = TestFiles.countFiles(input);
        String[] common = {
            "run",
            "--input=" + input,
            "--output=" + output,
            "--run-date=2026-02-01",
            "--newsetl.job.partition-size=3",
            "--newsetl.job.threads=2"
        };

        // The listing is sorted: anadolu/ comes first, so this file sits in partition p00001.
        Cli.Result failed = Cli.run(concat(common, "--newsetl.job.fail-on-path=2026-01-29-ankara-metro"));
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        assertThat(failed.err()).contains("injected fault");
        assertThat(output.resolve("run_date=2026-02-01")).doesNotExist();

        Cli.Result resumed = Cli.run(common);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();

        try (Connection h2 = DriverManager.getConnection(
                        "jdbc:h2:file:" + output.resolve("_meta/newsetl") + ";AUTO_SERVER=TRUE", "sa", "");
                Statement st = h2.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT JOB_EXECUTION_ID, STATUS FROM BATCH_JOB_EXECUTION" + " ORDER BY JOB_EXECUTION_ID")) {
                rs.next();
                assertThat(rs.getString(2)).isEqualTo("FAILED");
                long firstId = rs.getLong(1);
                rs.next();
                assertThat(rs.getString(2)).isEqualTo("COMPLETED");
                long secondId = rs.getLong(1);
                assertThat(rs.next()).isFalse();
                // The second execution read only the failed partition's files.
                try (Statement st2 = h2.createStatement();
                        ResultSet steps = st2.executeQuery(
                                "SELECT STEP_NAME, READ_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
                                        + secondId + " AND STEP_NAME LIKE 'extract-partition:%'")) {
                    assertThat(steps.next()).isTrue();
                    assertThat(steps.getString(1)).isEqualTo("extract-partition:p00001");
                    assertThat(steps.getLong(2)).isEqualTo(3);
                    assertThat(steps.next()).isFalse();
                }
                try (Statement st3 = h2.createStatement();
                        ResultSet done = st3.executeQuery(
                                "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + firstId
                                        + " AND STEP_NAME LIKE 'extract-partition:%' AND STATUS = 'COMPLETED'")) {
                    done.next();
                    assertThat(done.getLong(1)).isEqualTo((files + 2) / 3 - 1);
                }
            }
        }
        Path run = output.resolve("run_date=2026-02-01");
        try (DuckDb duck = new DuckDb()) {
            String parquet = "read_parquet('" + TestFiles.sql(run) + "/articles/*.parquet')";
            long rows = duck.count("SELECT count(*) FROM " + parquet);
            assertThat(duck.count("SELECT count(DISTINCT article_id) FROM " + parquet))
                    .isEqualTo(rows);
            assertThat(duck.count("SELECT count(DISTINCT source_file) FROM " + parquet))
                    .isEqualTo(rows);
            assertThat(rows).isEqualTo(files);
            assertThat(duck.count("SELECT count(*) FROM read_csv_auto('" + TestFiles.sql(run) + "/articles.csv')"))
                    .isEqualTo(files);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
