package dev.newsetl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a finished run's wall time went, step by step, read from the Spring Batch tables the job keeps in its H2
 * file (read-only, after the job's JVM has exited): JVM and context start-up, prepare, extract, write, publish.
 */
final class JobStepTimes {

    private JobStepTimes() {}

    static String describe(Path output, LocalDateTime processStarted) {
        Path db = output.resolve("_meta").resolve("newsetl.mv.db");
        if (!Files.exists(db)) {
            return "";
        }
        String url =
                "jdbc:h2:file:" + output.resolve("_meta").resolve("newsetl").toAbsolutePath()
                        + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        List<String> parts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MIN(START_TIME), MAX(END_TIME) FROM BATCH_JOB_EXECUTION")) {
                if (rs.next() && rs.getTimestamp(1) != null) {
                    LocalDateTime jobStart = rs.getTimestamp(1).toLocalDateTime();
                    parts.add(String.format(
                            Locale.ROOT,
                            "start-up %.1f s",
                            Duration.between(processStarted, jobStart).toMillis() / 1000.0));
                }
            }
            // Parent steps only (prepare, extract, write, publish): partition steps are named step:pNNNNN.
            try (ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION "
                    + "WHERE STEP_NAME NOT LIKE '%:%' ORDER BY START_TIME")) {
                while (rs.next()) {
                    Timestamp start = rs.getTimestamp(2);
                    Timestamp end = rs.getTimestamp(3);
                    if (start != null && end != null) {
                        parts.add(String.format(
                                Locale.ROOT, "%s %.1f s", rs.getString(1), (end.getTime() - start.getTime()) / 1000.0));
                    }
                }
            }
        } catch (SQLException e) {
            return "(step times unavailable: "
                    + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        return String.join(" · ", parts);
    }
}
