package dev.newsetl.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the H2 job repository of an output, as an operator's SQL client would. AUTO_SERVER lets it read while a run
 * holds the database open; open it only once the run has (it has when it logs "Listed"), or this JVM becomes the
 * database's server. Each query uses a fresh connection, closed at once, so a killed run leaves nothing behind.
 */
public final class JobRepositoryDb {
    private final String url;

    public JobRepositoryDb(Path output) {
        this.url = "jdbc:h2:file:" + output.toAbsolutePath().resolve("_meta/newsetl") + ";AUTO_SERVER=TRUE";
    }

    public long count(String sql) {
        List<List<Object>> rows = rows(sql);
        Object value = rows.get(0).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public List<List<Object>> rows(String sql) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Completed extract partitions of an execution (all executions when null). */
    public long completedPartitions(Long executionId) {
        return count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extract-partition:%'"
                + " AND STATUS = 'COMPLETED'" + (executionId == null ? "" : " AND JOB_EXECUTION_ID = " + executionId));
    }

    /** Files the extract partitions of one execution read. */
    public long filesRead(long executionId) {
        return count("SELECT SUM(READ_COUNT) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'extract-partition:%'"
                + " AND JOB_EXECUTION_ID = " + executionId);
    }

    /** Execution id → status, oldest first. */
    public List<List<Object>> executions() {
        return rows("SELECT JOB_EXECUTION_ID, STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
    }
}
