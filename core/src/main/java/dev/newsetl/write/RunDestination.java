package dev.newsetl.write;

import dev.newsetl.fs.CommitMode;
import dev.newsetl.fs.HadoopFileSystems;
import dev.newsetl.fs.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one run date is published: an output root on the local disk ({@link LocalRunDestination}) or on a Hadoop
 * FileSystem ({@link HadoopRunDestination}). The whole protocol is written here once, over a handful of file
 * operations the two implement: files are written into the run's staging folder, data first, then manifest.json,
 * then _SUCCESS; {@link #commit()} makes the staged run the published one, and {@link #updateLatest()} points
 * {@code <output>/latest} at the newest completed run.
 * <ul>
 *   <li>{@link CommitMode#RENAME}: stage in {@code _staging/run_date=D/publish}, move an older run of the date aside
 *   ({@code _staging/run_date=D/replaced}), move the new one in, remove the old. Atomic where rename is (local disks,
 *   HDFS).</li>
 *   <li>{@link CommitMode#DIRECT}: remove {@code run_date=D/} and write straight into it; no rename at all, for object
 *   stores. Until _SUCCESS appears the folder is incomplete, and readers must check for it.</li>
 * </ul>
 * Paths given to the operations are relative to the output root and {@code /}-separated.
 */
public abstract sealed class RunDestination permits LocalRunDestination, HadoopRunDestination {
    private final LocalDate runDate;
    private final CommitMode mode;

    RunDestination(LocalDate runDate, CommitMode mode) {
        this.runDate = runDate;
        this.mode = mode;
    }

    /** The destination of {@code output}: java.nio for a local path (always RENAME), the Hadoop client otherwise. */
    public static RunDestination of(Location output, LocalDate runDate, CommitMode mode) {
        if (output.isLocal()) {
            return new LocalRunDestination(output.localPath(), runDate);
        }
        return new HadoopRunDestination(HadoopFileSystems.of(output), HadoopFileSystems.path(output), runDate, mode);
    }

    public LocalDate runDate() {
        return runDate;
    }

    /** The published run's folder: a path or a URI. */
    public String published() {
        return uri(runDir());
    }

    /** Where a staged file goes, as a path or URI another engine (Spark) can write to. */
    public String staged(String relative) {
        return uri(stagedDir() + "/" + relative);
    }

    /** Removes what an earlier, failed attempt left: every attempt stages from a clean folder. */
    public void clearStaging() {
        try {
            delete(RunLayout.publishName(runDate));
            delete(RunLayout.replacedName(runDate));
            if (mode == CommitMode.DIRECT) {
                delete(runDir());
            }
        } catch (IOException e) {
            throw failure("cannot clear the staging of " + published(), e);
        }
    }

    /** Writes one file into the staged run. */
    public void write(String relative, byte[] content) {
        try (OutputStream out = create(stagedDir() + "/" + relative)) {
            out.write(content);
        } catch (IOException e) {
            throw failure("cannot write " + staged(relative), e);
        }
    }

    /**
     * Stages a run assembled in a local folder (manifest.json and _SUCCESS already in it): its data files in name
     * order, then manifest.json, then _SUCCESS. Nothing to copy where that folder already is the staging folder.
     */
    public void stage(Path assembled) {
        if (localPath(stagedDir())
                .filter(assembled.toAbsolutePath().normalize()::equals)
                .isPresent()) {
            return;
        }
        try {
            List<String> files = filesOf(assembled);
            clearStaging();
            for (String relative : files) {
                try (InputStream in = Files.newInputStream(assembled.resolve(relative));
                        OutputStream out = create(stagedDir() + "/" + relative)) {
                    in.transferTo(out);
                }
            }
        } catch (IOException e) {
            throw failure("cannot stage " + assembled + " at " + published(), e);
        }
    }

    /** Makes the staged run the published one, replacing an earlier run of the same date. */
    public void commit() {
        try {
            if (mode == CommitMode.RENAME) {
                String replaced = RunLayout.replacedName(runDate);
                delete(replaced);
                if (exists(runDir())) {
                    // Readers keep the old run until the moment of the swap; then it is removed.
                    move(runDir(), replaced);
                }
                move(stagedDir(), runDir());
                delete(replaced);
            }
            deleteIfEmpty(RunLayout.stagingName(runDate));
            deleteIfEmpty(RunLayout.STAGING);
        } catch (IOException e) {
            throw failure("publishing run " + published() + " failed", e);
        }
    }

    /** The manifest of this date's run, when the run is complete (has _SUCCESS). */
    public Optional<RunManifest> completedManifest() {
        try {
            if (!exists(runDir() + "/" + RunLayout.SUCCESS)) {
                return Optional.empty();
            }
            try (InputStream in = open(runDir() + "/" + RunLayout.MANIFEST)) {
                return Optional.of(ManifestJson.read(in));
            }
        } catch (IOException e) {
            throw failure("cannot read the manifest of " + published(), e);
        }
    }

    /**
     * Rewrites {@code <output>/latest} to name the newest run date with _SUCCESS, so re-running an older date with
     * --force does not move it backwards. One listing of the output root: no run is opened.
     *
     * @return the run folder it names; empty when no run has completed
     */
    public Optional<String> updateLatest() {
        try {
            LocalDate newest = null;
            for (String name : directories()) {
                Optional<LocalDate> date = RunLayout.runDateOf(name);
                if (date.isPresent()
                        && (newest == null || date.get().isAfter(newest))
                        && exists(name + "/" + RunLayout.SUCCESS)) {
                    newest = date.get();
                }
            }
            if (newest == null) {
                return Optional.empty();
            }
            String run = RunLayout.runDirName(newest);
            replace(RunLayout.LATEST, (run + "\n").getBytes(StandardCharsets.UTF_8));
            return Optional.of(run);
        } catch (IOException e) {
            throw failure("cannot update " + uri(RunLayout.LATEST), e);
        }
    }

    /** What {@code <output>/latest} names, if it exists. */
    public Optional<String> latest() {
        try {
            if (!exists(RunLayout.LATEST)) {
                return Optional.empty();
            }
            try (InputStream in = open(RunLayout.LATEST)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
            }
        } catch (IOException e) {
            throw failure("cannot read " + uri(RunLayout.LATEST), e);
        }
    }

    private String runDir() {
        return RunLayout.runDirName(runDate);
    }

    private String stagedDir() {
        return mode == CommitMode.DIRECT ? runDir() : RunLayout.publishName(runDate);
    }

    private static UncheckedIOException failure(String message, IOException cause) {
        return new UncheckedIOException(message, cause);
    }

    /** Relative paths of an assembled run folder: data files sorted, then manifest.json, then _SUCCESS last. */
    static List<String> filesOf(Path assembled) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assembled)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> assembled.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                    .filter(p -> !p.equals(RunLayout.MANIFEST) && !p.equals(RunLayout.SUCCESS))
                    .sorted()
                    .forEach(files::add);
        }
        for (String marker : new String[] {RunLayout.MANIFEST, RunLayout.SUCCESS}) {
            if (!Files.isRegularFile(assembled.resolve(marker))) {
                throw new IOException(assembled.resolve(marker) + " is missing; the run is not ready to publish");
            }
            files.add(marker);
        }
        return files;
    }

    // The file operations, on paths relative to the output root.

    /** A path or URI to show, and to hand to another engine. */
    abstract String uri(String relative);

    /** The local path of {@code relative}, for a destination on the local disk. */
    abstract Optional<Path> localPath(String relative);

    abstract boolean exists(String relative) throws IOException;

    /** Names of the folders directly under the output root. */
    abstract List<String> directories() throws IOException;

    abstract InputStream open(String relative) throws IOException;

    /** Creates or overwrites a file, and the folders above it. */
    abstract OutputStream create(String relative) throws IOException;

    /** Deletes a file or folder tree; nothing when it does not exist. */
    abstract void delete(String relative) throws IOException;

    /** Renames a folder, atomically where the file system can. */
    abstract void move(String from, String to) throws IOException;

    /** Replaces a small file so that a reader sees either the old or the new content whole. */
    abstract void replace(String relative, byte[] content) throws IOException;

    /** Removes a folder when nothing is left in it (another run date may still be staging there). */
    abstract void deleteIfEmpty(String relative);
}
