package dev.newsetl.write;

import dev.newsetl.fs.CommitMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Publishes a run assembled in the local work directory to an output on a Hadoop file system, through the
 * FileSystem API only. Data files go first, then manifest.json, then _SUCCESS, so a run with _SUCCESS is whole.
 * <ul>
 *   <li>{@link CommitMode#RENAME}: copy into {@code <output>/_staging/run_date=D/} (cleared first: a copy cut short
 *   by a crash is redone whole), then rename it to {@code <output>/run_date=D}; an older run of that date is
 *   renamed aside first and removed after the swap. Atomic where rename is (HDFS).</li>
 *   <li>{@link CommitMode#DIRECT}: remove {@code <output>/run_date=D/}, then write into it. No rename at all, for
 *   object stores; until _SUCCESS appears the folder is incomplete, and readers must check for it.</li>
 * </ul>
 */
public final class HadoopRunPublisher {
    private static final String PREFIX = "run_date=";

    private final FileSystem fs;
    private final Path output;
    private final LocalDate runDate;
    private final CommitMode mode;

    /**
     * @param fs     the output's file system
     * @param output the output root
     */
    public HadoopRunPublisher(FileSystem fs, Path output, LocalDate runDate, CommitMode mode) {
        this.fs = fs;
        this.output = fs.makeQualified(output);
        this.runDate = runDate;
        this.mode = mode;
    }

    public Path published() {
        return new Path(output, PREFIX + runDate);
    }

    Path staging() {
        return new Path(new Path(output, RunLayout.STAGING), PREFIX + runDate);
    }

    /**
     * Copies the local publish folder (manifest.json and _SUCCESS already written in it) to the output and commits
     * it. Safe to call again after a failure: every attempt starts from a clean remote folder.
     *
     * @return the published run folder
     */
    public Path publish(java.nio.file.Path localPublish) {
        try {
            List<String> files = filesOf(localPublish);
            Path target = published();
            if (mode == CommitMode.DIRECT) {
                fs.delete(staging(), true);
                fs.delete(target, true);
                copy(localPublish, files, target);
            } else {
                Path staging = staging();
                fs.delete(staging, true);
                copy(localPublish, files, staging);
                Path replaced = new Path(staging.getParent(), "replaced-" + PREFIX + runDate);
                if (fs.exists(target)) {
                    fs.delete(replaced, true);
                    rename(target, replaced);
                }
                rename(staging, target);
                fs.delete(replaced, true);
            }
            deleteIfEmpty(new Path(output, RunLayout.STAGING));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("publishing run " + PREFIX + runDate + " to " + output + " failed", e);
        }
    }

    /** The manifest of this date's run on the output, when it is complete (has _SUCCESS). */
    public Optional<RunManifest> completedManifest() {
        Path run = published();
        try {
            if (!fs.exists(new Path(run, RunPublisher.SUCCESS))) {
                return Optional.empty();
            }
            try (InputStream in = fs.open(new Path(run, RunPublisher.MANIFEST))) {
                return Optional.of(RunPublisher.readManifest(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + run, e);
        }
    }

    /**
     * Rewrites {@code <output>/latest} to name the newest run date with _SUCCESS (see {@link LatestRun}). Under
     * RENAME it is written to a temporary name and renamed over the old one; under DIRECT it is overwritten in
     * place (a single small object: object stores make it visible whole, on close).
     */
    public Optional<String> updateLatest() {
        try {
            Optional<String> newest = newestCompleted();
            if (newest.isEmpty()) {
                return newest;
            }
            byte[] line = (newest.get() + "\n").getBytes(StandardCharsets.UTF_8);
            Path latest = new Path(output, LatestRun.FILE);
            if (mode == CommitMode.DIRECT) {
                write(latest, line);
                return newest;
            }
            Path tmp = new Path(output, LatestRun.FILE + ".tmp");
            write(tmp, line);
            try {
                FileContext.getFileContext(fs.getUri(), fs.getConf()).rename(tmp, latest, Options.Rename.OVERWRITE);
            } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
                // No FileContext binding for this scheme: replace in two steps.
                fs.delete(latest, false);
                rename(tmp, latest);
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + new Path(output, LatestRun.FILE), e);
        }
    }

    private Optional<String> newestCompleted() throws IOException {
        FileStatus[] runs = fs.globStatus(new Path(output, PREFIX + "*"));
        LocalDate newest = null;
        for (FileStatus run : runs == null ? new FileStatus[0] : runs) {
            LocalDate date = dateOf(run.getPath().getName());
            if (run.isDirectory() && date != null && (newest == null || date.isAfter(newest))
                    && fs.exists(new Path(run.getPath(), RunPublisher.SUCCESS))) {
                newest = date;
            }
        }
        return Optional.ofNullable(newest).map(d -> PREFIX + d);
    }

    private void copy(java.nio.file.Path localPublish, List<String> files, Path target) throws IOException {
        fs.mkdirs(target);
        for (String relative : files) {
            try (InputStream in = Files.newInputStream(localPublish.resolve(relative));
                 OutputStream out = fs.create(new Path(target, new Path(null, null, relative)), true)) {
                in.transferTo(out);
            }
        }
    }

    /** Relative paths of the publish folder: data files sorted, then manifest.json, then _SUCCESS last. */
    static List<String> filesOf(java.nio.file.Path localPublish) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<java.nio.file.Path> walk = Files.walk(localPublish)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> localPublish.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(p -> !p.equals(RunPublisher.MANIFEST) && !p.equals(RunPublisher.SUCCESS))
                    .sorted()
                    .forEach(files::add);
        }
        for (String marker : new String[] {RunPublisher.MANIFEST, RunPublisher.SUCCESS}) {
            if (!Files.isRegularFile(localPublish.resolve(marker))) {
                throw new IOException(localPublish.resolve(marker) + " is missing; the run is not ready to publish");
            }
            files.add(marker);
        }
        return files;
    }

    private void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(file, true)) {
            out.write(bytes);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from + " -> " + to + " failed");
        }
    }

    private void deleteIfEmpty(Path dir) {
        try {
            if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
                fs.delete(dir, false);
            }
        } catch (IOException e) {
            // Another run date may be staging there, or it went meanwhile: leave it.
        }
    }

    private static LocalDate dateOf(String name) {
        if (!name.startsWith(PREFIX)) {
            return null;
        }
        try {
            return LocalDate.parse(name.substring(PREFIX.length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
