package dev.newsetl.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run directory on any Hadoop file system. Spark writes every table under a staging folder
 * ({@code <output>/_staging/spark-run_date=D/}), each table committed by its FileOutputCommitter (which writes the
 * table's {@code _SUCCESS}); when all are committed the run gets its own {@code _SUCCESS}, last, and the folder is
 * renamed to {@code <output>/run_date=D/}, so a reader globbing {@code <output>/*}{@code /articles/*.parquet} never
 * sees half a run (atomic on HDFS and local disks; on object stores a rename is a copy).
 */
final class SparkRunDirectory {
    static final String SUCCESS = "_SUCCESS";

    private final FileSystem fs;
    private final Path staging;
    private final Path replaced;
    private final Path target;

    SparkRunDirectory(Configuration hadoop, String output, LocalDate runDate) {
        Path root = new Path(output);
        try {
            this.fs = root.getFileSystem(hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException("output " + output + " cannot be opened", e);
        }
        Path qualified = fs.makeQualified(root);
        String name = "run_date=" + runDate;
        this.staging = new Path(qualified, "_staging/spark-" + name);
        this.replaced = new Path(qualified, "_staging/spark-replaced-" + name);
        this.target = new Path(qualified, name);
    }

    /** Removes what an earlier, failed attempt left in staging. */
    void prepare() {
        try {
            fs.delete(staging, true);
            fs.mkdirs(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + staging, e);
        }
    }

    String staged(String relative) {
        return new Path(staging, relative).toString();
    }

    Path target() {
        return target;
    }

    /** Writes the run's _SUCCESS and moves the run into place, replacing an earlier run of the same date. */
    Path publish() {
        try {
            fs.create(new Path(staging, SUCCESS), true).close();
            fs.delete(replaced, true);
            if (fs.exists(target) && !fs.rename(target, replaced)) {
                throw new IOException("cannot move the earlier run " + target + " aside");
            }
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move " + staging + " to " + target);
            }
            fs.delete(replaced, true);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("publishing " + target + " failed", e);
        }
    }
}
