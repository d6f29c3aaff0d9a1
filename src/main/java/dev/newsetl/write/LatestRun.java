package dev.newsetl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code <output>/latest}: a one-line text file naming the newest completed run directory
 * ({@code run_date=YYYY-MM-DD}). A text file rather than a symbolic link because it works the same on every OS and
 * object store. "Newest" is the latest run date with a {@code _SUCCESS} marker, so re-running an older date with
 * --force does not move it backwards.
 */
public final class LatestRun {
    public static final String FILE = "latest";
    private static final String PREFIX = "run_date=";

    private LatestRun() {
    }

    /** Rewrites {@code <output>/latest} atomically (temporary file, then a move), and returns the run it names. */
    public static Optional<String> update(Path output) {
        Optional<String> newest = newestCompleted(output);
        if (newest.isEmpty()) {
            return newest;
        }
        Path tmp = output.resolve(FILE + ".tmp");
        try {
            // A link planted as latest.tmp is removed, never written through (the move below replaces a planted
            // latest itself, not what it points to).
            Files.deleteIfExists(tmp);
            Files.writeString(tmp, newest.get() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            PartitionPartWriter.sync(tmp);
            Files.move(tmp, output.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + output.resolve(FILE), e);
        }
        return newest;
    }

    /** What {@code <output>/latest} names, if it exists. */
    public static Optional<String> read(Path output) {
        Path file = output.resolve(FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One directory listing of the output root: no run is opened. */
    static Optional<String> newestCompleted(Path output) {
        LocalDate newest = null;
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(output, PREFIX + "*")) {
            for (Path run : runs) {
                LocalDate date = dateOf(run.getFileName().toString());
                if (date != null && Files.exists(run.resolve(RunPublisher.SUCCESS))
                        && (newest == null || date.isAfter(newest))) {
                    newest = date;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + output, e);
        }
        return Optional.ofNullable(newest).map(d -> PREFIX + d);
    }

    private static LocalDate dateOf(String name) {
        try {
            return LocalDate.parse(name.substring(PREFIX.length()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
