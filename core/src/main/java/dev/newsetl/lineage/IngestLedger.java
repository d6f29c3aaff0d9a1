package dev.newsetl.lineage;

import dev.newsetl.read.ListedFile;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger of ingested input files: per input root and relative path, the size, modification time and SHA-256
 * of the content last ingested, and the first and last run dates that ingested it. An incremental run skips the
 * files that a completed run of another date already ingested and that have not changed since.
 */
public class IngestLedger {
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS NEWSETL_INGESTED_FILE (
                INPUT_ROOT VARCHAR(4000) NOT NULL,
                RELATIVE_PATH VARCHAR(4000) NOT NULL,
                SIZE_BYTES BIGINT NOT NULL,
                MODIFIED_MILLIS BIGINT NOT NULL,
                SHA256 VARCHAR(64) NOT NULL,
                FIRST_RUN_DATE DATE NOT NULL,
                LAST_RUN_DATE DATE NOT NULL,
                LAST_JOB_EXECUTION_ID BIGINT NOT NULL,
                PRIMARY KEY (INPUT_ROOT, RELATIVE_PATH))
            """;
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public IngestLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute(SCHEMA);
    }

    /**
     * One file as ingested by a run, or one record of a container file ({@code relativePath} is then
     * {@code path#offset}, {@code size} the record's). {@code sha256} is empty when the file could not be read.
     */
    public record Entry(String relativePath, long size, long modifiedMillis, String sha256) {}

    /**
     * Keeps a listed file unless the ledger shows it ingested, unchanged (size and modification time), by a run of
     * another date. Files of {@code runDate} itself are kept, so a forced rerun of a date redoes all of them.
     */
    /** Whether any run has ingested files of this input root: when none has, every file is new. */
    private boolean knows(String inputRoot) {
        Integer known = jdbc.queryForObject(
                "SELECT COUNT(*) FROM NEWSETL_INGESTED_FILE WHERE INPUT_ROOT = ?", Integer.class, inputRoot);
        return known != null && known > 0;
    }

    public Predicate<ListedFile> changedSince(String inputRoot, LocalDate runDate) {
        if (!knows(inputRoot)) {
            return listed -> true;
        }
        Date date = Date.valueOf(runDate);
        return listed -> {
            Integer unchanged = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM NEWSETL_INGESTED_FILE WHERE INPUT_ROOT = ?"
                            + " AND RELATIVE_PATH = ? AND SIZE_BYTES = ? AND MODIFIED_MILLIS = ?"
                            + " AND LAST_RUN_DATE <> ?",
                    Integer.class,
                    inputRoot,
                    listed.id(),
                    listed.size(),
                    listed.modifiedMillis(),
                    date);
            return unchanged == null || unchanged == 0;
        };
    }

    /**
     * True for a container file (WARC, JSON Lines) whose records a run of another date ingested from the file as it
     * is now (same modification time): an incremental run then need not even scan it.
     */
    public Predicate<ListedFile> unchangedContainer(String inputRoot, LocalDate runDate) {
        if (!knows(inputRoot)) {
            return file -> false;
        }
        Date date = Date.valueOf(runDate);
        return file -> {
            String records = file.relativePath()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "#%";
            Integer same = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM NEWSETL_INGESTED_FILE WHERE INPUT_ROOT = ?"
                            + " AND RELATIVE_PATH LIKE ? ESCAPE '\\' AND MODIFIED_MILLIS = ? AND LAST_RUN_DATE <> ?",
                    Integer.class,
                    inputRoot,
                    records,
                    file.modifiedMillis(),
                    date);
            Integer other = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM NEWSETL_INGESTED_FILE WHERE INPUT_ROOT = ?"
                            + " AND RELATIVE_PATH LIKE ? ESCAPE '\\' AND (MODIFIED_MILLIS <> ? OR LAST_RUN_DATE = ?)",
                    Integer.class,
                    inputRoot,
                    records,
                    file.modifiedMillis(),
                    date);
            return same != null && same > 0 && (other == null || other == 0);
        };
    }

    /**
     * Records the files a completed run ingested; called in the publish step's transaction, once per partition.
     *
     * @param fresh the ledger had no file of this root before the run (ask {@link #size} once, before the first
     *              partition): then plain inserts do, no merge
     */
    public void record(
            String inputRoot, LocalDate runDate, long jobExecutionId, Iterable<Entry> entries, boolean fresh) {
        Date date = Date.valueOf(runDate);
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (Entry e : entries) {
            batch.add(new Object[] {
                inputRoot,
                e.relativePath(),
                e.size(),
                e.modifiedMillis(),
                e.sha256(),
                date,
                date,
                jobExecutionId,
                inputRoot,
                e.relativePath()
            });
            if (batch.size() == BATCH) {
                flush(batch, fresh);
            }
        }
        flush(batch, fresh);
    }

    private void flush(List<Object[]> batch, boolean fresh) {
        if (batch.isEmpty()) {
            return;
        }
        if (fresh) {
            jdbc.batchUpdate(
                    "INSERT INTO NEWSETL_INGESTED_FILE (INPUT_ROOT, RELATIVE_PATH, SIZE_BYTES, MODIFIED_MILLIS,"
                            + " SHA256, FIRST_RUN_DATE, LAST_RUN_DATE, LAST_JOB_EXECUTION_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    batch.stream()
                            .map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]})
                            .toList());
            batch.clear();
            return;
        }
        // MERGE keeps FIRST_RUN_DATE of a file already in the ledger.
        jdbc.batchUpdate(
                "MERGE INTO NEWSETL_INGESTED_FILE (INPUT_ROOT, RELATIVE_PATH, SIZE_BYTES, MODIFIED_MILLIS,"
                        + " SHA256, FIRST_RUN_DATE, LAST_RUN_DATE, LAST_JOB_EXECUTION_ID) KEY (INPUT_ROOT, RELATIVE_PATH)"
                        + " VALUES (?, ?, ?, ?, ?, COALESCE((SELECT FIRST_RUN_DATE FROM NEWSETL_INGESTED_FILE"
                        + " WHERE INPUT_ROOT = ? AND RELATIVE_PATH = ?), ?), ?, ?)",
                batch.stream().map(IngestLedger::reorder).toList());
        batch.clear();
    }

    private static Object[] reorder(Object[] r) {
        // root, path, size, mtime, sha, (root, path for the sub-select), first-run default, last run, execution
        return new Object[] {r[0], r[1], r[2], r[3], r[4], r[8], r[9], r[5], r[6], r[7]};
    }

    public long size(String inputRoot) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM NEWSETL_INGESTED_FILE WHERE INPUT_ROOT = ?", Long.class, inputRoot);
        return n == null ? 0 : n;
    }
}
