package dev.newsetl.lineage;

import dev.newsetl.write.PublishedFile;
import dev.newsetl.write.RunManifest;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lineage tables beside Spring Batch's: one row per published run and one per published file. Rows of a run date
 * are replaced when the run date is published again (--force, or a publish step that is re-executed).
 */
public class LineageRepository {
    private static final String[] SCHEMA = {"""
        CREATE TABLE IF NOT EXISTS NEWSETL_RUN (
            RUN_DATE DATE NOT NULL PRIMARY KEY,
            JOB_EXECUTION_ID BIGINT NOT NULL,
            JOB_INSTANCE_ID BIGINT NOT NULL,
            INPUT_ROOT VARCHAR(4000) NOT NULL,
            FILES_READ BIGINT NOT NULL,
            ARTICLES BIGINT NOT NULL,
            REJECTS BIGINT NOT NULL,
            PUBLISHED_AT TIMESTAMP WITH TIME ZONE NOT NULL)
        """, """
        CREATE TABLE IF NOT EXISTS NEWSETL_PUBLISHED_FILE (
            RUN_DATE DATE NOT NULL,
            JOB_EXECUTION_ID BIGINT NOT NULL,
            PATH VARCHAR(4000) NOT NULL,
            FORMAT VARCHAR(16) NOT NULL,
            TABLE_NAME VARCHAR(64) NOT NULL,
            ROW_COUNT BIGINT NOT NULL,
            BYTE_COUNT BIGINT NOT NULL,
            SHA256 CHAR(64) NOT NULL,
            PRIMARY KEY (RUN_DATE, PATH))
        """};

    private final JdbcTemplate jdbc;

    public LineageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (String ddl : SCHEMA) {
            jdbc.execute(ddl);
        }
    }

    @Transactional
    public void recordPublished(RunManifest manifest) {
        java.sql.Date runDate = java.sql.Date.valueOf(manifest.runDate());
        jdbc.update("DELETE FROM NEWSETL_PUBLISHED_FILE WHERE RUN_DATE = ?", runDate);
        jdbc.update("DELETE FROM NEWSETL_RUN WHERE RUN_DATE = ?", runDate);
        jdbc.update(
                "INSERT INTO NEWSETL_RUN (RUN_DATE, JOB_EXECUTION_ID, JOB_INSTANCE_ID, INPUT_ROOT, FILES_READ,"
                        + " ARTICLES, REJECTS, PUBLISHED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                runDate,
                manifest.jobExecutionId(),
                manifest.jobInstanceId(),
                manifest.inputRoot(),
                manifest.counts().getOrDefault("files_read", 0L),
                manifest.counts().getOrDefault("articles", 0L),
                manifest.counts().getOrDefault("rejects", 0L),
                Timestamp.from(manifest.publishedAt()));
        jdbc.batchUpdate(
                "INSERT INTO NEWSETL_PUBLISHED_FILE (RUN_DATE, JOB_EXECUTION_ID, PATH, FORMAT, TABLE_NAME,"
                        + " ROW_COUNT, BYTE_COUNT, SHA256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                manifest.files().stream()
                        .map(f -> new Object[] {
                            runDate,
                            manifest.jobExecutionId(),
                            f.path(),
                            f.format(),
                            f.table(),
                            f.rows(),
                            f.bytes(),
                            f.sha256()
                        })
                        .toList());
    }

    public List<PublishedFile> publishedFiles(java.time.LocalDate runDate) {
        return jdbc.query(
                "SELECT PATH, FORMAT, TABLE_NAME, ROW_COUNT, BYTE_COUNT, SHA256 FROM NEWSETL_PUBLISHED_FILE"
                        + " WHERE RUN_DATE = ? ORDER BY PATH",
                (rs, i) -> new PublishedFile(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getString(6)),
                java.sql.Date.valueOf(runDate));
    }
}
