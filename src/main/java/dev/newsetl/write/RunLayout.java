package dev.newsetl.write;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where a run's files live. Everything is built under {@code <output>/_staging/run_date=D/} and only the
 * {@code publish} folder is moved to {@code <output>/run_date=D/} when the run completes: a reader globbing
 * {@code <output>/*}{@code /articles/*.parquet} never sees staging files (they sit one level deeper).
 */
public record RunLayout(Path output, LocalDate runDate) {
    public static final String STAGING = "_staging";

    public RunLayout {
        output = output.toAbsolutePath().normalize();
    }

    public String runDirName() {
        return "run_date=" + runDate;
    }

    public Path published() {
        return output.resolve(runDirName());
    }

    public Path staging() {
        return output.resolve(STAGING).resolve(runDirName());
    }

    public Path listing() {
        return staging().resolve("listing.tsv");
    }

    /** The partition size chosen when the run was first listed; a restart must split the listing the same way. */
    public Path partitionSizeFile() {
        return staging().resolve("partition-size");
    }

    public Path instanceMarker() {
        return staging().resolve("instance");
    }

    public Path publish() {
        return staging().resolve("publish");
    }

    public Path work(int partition) {
        return staging().resolve("work").resolve(partitionName(partition));
    }

    public static String partitionName(int partition) {
        return String.format("p%05d", partition);
    }

    public static String partFileName(int partition, String extension) {
        return String.format("part-%05d.%s", partition, extension);
    }
}
