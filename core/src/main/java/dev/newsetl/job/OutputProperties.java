package dev.newsetl.job;

import dev.newsetl.fs.CommitMode;
import dev.newsetl.fs.Location;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code newsetl.output.*}: where runs are published.
 *
 * @param dir         the output root, a local directory or a Hadoop FileSystem URI; runs appear as
 *                    {@code run_date=YYYY-MM-DD} folders under it
 * @param databaseUrl JDBC URL of the job repository; empty means an H2 file under {@code <work dir>/_meta/}
 * @param workDir     local folder for the job's own state (job repository, lock, staging) when {@code dir} is a
 *                    Hadoop URI; empty means {@code output}. A local output is its own work folder.
 * @param commit      how a run reaches a Hadoop output: {@code auto} (direct for object stores, else rename),
 *                    {@code rename} or {@code direct}; see {@link CommitMode}
 */
@ConfigurationProperties("newsetl.output")
public record OutputProperties(
        @DefaultValue("output") String dir,
        @DefaultValue("") String databaseUrl,
        @DefaultValue("") String workDir,
        @DefaultValue("auto") String commit) {
    static final String DEFAULT_WORK_DIR = "output";

    /** @throws IllegalArgumentException naming the setting when {@code dir} is not a path or a valid URI */
    public Location location() {
        return Location.parse(dir, "newsetl.output.dir");
    }

    /** The local folder holding the job repository, the lock and the staging folders (absolute). */
    public Path work() {
        Location output = location();
        if (output.isLocal()) {
            return output.localPath();
        }
        Location work = Location.parse(workDir == null || workDir.isBlank() ? DEFAULT_WORK_DIR : workDir);
        if (!work.isLocal()) {
            throw new IllegalArgumentException("newsetl.output.work-dir must be a local folder, not " + work);
        }
        return work.localPath();
    }

    public CommitMode commitMode() {
        return CommitMode.choose(commit, location());
    }
}
