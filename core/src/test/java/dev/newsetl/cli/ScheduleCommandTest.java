package dev.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.testing.Cli;
import dev.newsetl.testing.TestFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {

    @Test
    void aTickResumesTheFailedRunOfItsDateInsteadOfStartingAfresh(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Path output = temp.resolve("output");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Cli.Result failed = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + output,
                "--run-date=" + today,
                "--newsetl.job.partition-size=4",
                "--newsetl.job.fail-on-path=2026-01-29-ankara-metro");
        assertThat(failed.exitCode()).isEqualTo(1);

        Cli.Result scheduled = Cli.run(
                "schedule",
                "--input=" + input,
                "--output=" + output,
                "--newsetl.schedule.cron=* * * * * *",
                "--newsetl.schedule.zone=UTC",
                "--newsetl.schedule.max-runs=2");

        assertThat(scheduled.exitCode()).as(scheduled.err()).isZero();
        assertThat(scheduled.out()).contains("schedule ended");
        assertThat(output.resolve("run_date=" + today + "/_SUCCESS")).exists();
        List<String> executions = new ArrayList<>();
        try (Connection h2 = DriverManager.getConnection(
                        "jdbc:h2:file:" + output.resolve("_meta/newsetl") + ";AUTO_SERVER=TRUE", "sa", "");
                Statement st = h2.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT JOB_INSTANCE_ID, STATUS FROM BATCH_JOB_EXECUTION" + " ORDER BY JOB_EXECUTION_ID")) {
            while (rs.next()) {
                executions.add(rs.getLong(1) + ":" + rs.getString(2));
            }
        }
        // One job instance: the failed execution, then its restart; the second tick found it complete.
        assertThat(executions).containsExactly("1:FAILED", "1:COMPLETED");
    }

    @Test
    void helpAndBadSettingsAreAnsweredBeforeSpringStarts() {
        Cli.Result help = Cli.run("schedule", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("newsetl.schedule.cron", "resumed on the next tick");
        assertThat(Cli.run("--help").out()).contains("schedule");
        Cli.Result unknown = Cli.run("schedule", "--newsetl.schedule.crон=1");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    @Test
    void aBadCronExpressionIsAConfigurationError(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Cli.Result bad = Cli.run(
                "schedule",
                "--input=" + input,
                "--output=" + temp.resolve("output"),
                "--newsetl.schedule.cron=every day");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("newsetl.schedule.cron");
    }

    @Test
    void aMissingDictionaryIsAConfigurationErrorThatSaysWhatIsWrong(@TempDir Path temp) throws Exception {
        Path input = TestFiles.copyTree(Path.of("input"), temp.resolve("input"));
        Cli.Result bad = Cli.run(
                "run",
                "--input=" + input,
                "--output=" + temp.resolve("output"),
                "--newsetl.names.dictionary=" + temp.resolve("no-such-aliases.tsv"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err())
                .contains("news-etl: configuration error:")
                .contains("no-such-aliases.tsv")
                .contains("cannot read the dictionary");
    }
}
