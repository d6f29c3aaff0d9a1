package dev.newsetl.cli;

import dev.newsetl.fs.OwnerOnly;
import dev.newsetl.fs.PlantedLinks;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before Spring starts, that a run can write its output directory: the job repository, the lock and the
 * staging folders all live there, and a failure half way through start-up would only name an H2 file.
 */
final class WritableOutput {
    private WritableOutput() {}

    static void require(Path output) {
        Path meta = output.resolve("_meta");
        try {
            refusePlantedLinks(output);
            OwnerOnly.folder(meta);
            Path probe = Files.createTempFile(meta, "write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UsageException(
                    "output directory " + output + " cannot be written (" + reason(e) + "); nothing was started");
        }
    }

    /** Links where the job writes (its state, staging, runs, latest) are refused before anything starts. */
    private static void refusePlantedLinks(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(output, entry -> {
            String name = entry.getFileName().toString();
            return name.equals("_meta")
                    || name.equals("_staging")
                    || name.startsWith("run_date=")
                    || name.startsWith("latest");
        })) {
            for (Path entry : entries) {
                PlantedLinks.refuse(output, entry);
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + fs.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
