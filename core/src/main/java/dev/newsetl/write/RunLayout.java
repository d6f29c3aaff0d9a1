package dev.newsetl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a run's files live, and the one place that names them. Everything is built under
 * {@code <output>/_staging/run_date=D/} and only the {@code publish} folder is moved to {@code <output>/run_date=D/}
 * when the run completes: a reader globbing {@code <output>/*}{@code /articles/*.parquet} never sees staging files
 * (they sit one level deeper). The same relative names serve every destination (see {@link RunDestination}).
 */
public record RunLayout(Path output, LocalDate runDate) {
    public static final String STAGING = "_staging";
    public static final String MANIFEST = "manifest.json";
    public static final String SUCCESS = "_SUCCESS";
    /** {@code <output>/latest}: one line naming the newest completed run folder. */
    public static final String LATEST = "latest";

    private static final String RUN_DIR_PREFIX = "run_date=";
    private static final String PUBLISH = "publish";
    private static final String REPLACED = "replaced";

    public RunLayout {
        output = output.toAbsolutePath().normalize();
    }

    /** {@code run_date=YYYY-MM-DD}: a published run's folder name, Hive-style so engines read it as a column. */
    public static String runDirName(LocalDate runDate) {
        return RUN_DIR_PREFIX + runDate;
    }

    /** The run date of a published run's folder name, empty for any other name. */
    public static Optional<LocalDate> runDateOf(String dirName) {
        if (!dirName.startsWith(RUN_DIR_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(dirName.substring(RUN_DIR_PREFIX.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code _staging/run_date=D}, relative to an output root. */
    static String stagingName(LocalDate runDate) {
        return STAGING + "/" + runDirName(runDate);
    }

    /** {@code _staging/run_date=D/publish}: the finished run before its commit, relative to an output root. */
    static String publishName(LocalDate runDate) {
        return stagingName(runDate) + "/" + PUBLISH;
    }

    /** {@code _staging/run_date=D/replaced}: where an earlier run of the date waits while the new one moves in. */
    static String replacedName(LocalDate runDate) {
        return stagingName(runDate) + "/" + REPLACED;
    }

    public String runDirName() {
        return runDirName(runDate);
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

    /** The partition size this run was listed with (a restart keeps it even if the setting changed). */
    public int partitionSize() {
        try {
            return Integer.parseInt(Files.readString(partitionSizeFile(), StandardCharsets.UTF_8)
                    .trim());
        } catch (IOException e) {
            throw new UncheckedIOException("staging of " + runDirName() + " has no partition size", e);
        }
    }

    public Path instanceMarker() {
        return staging().resolve("instance");
    }

    public Path publish() {
        return output.resolve(publishName(runDate));
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
