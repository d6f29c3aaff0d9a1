package dev.newsetl.fs;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses to write through a symbolic link planted inside a folder the job writes (its output, its work folder).
 * Someone who may create entries there could otherwise point {@code _staging} or {@code run_date=D} at a folder of
 * the job's user elsewhere and have the run write, or clear, files there. The root itself may be a link: that is the
 * operator's choice, made before the job starts.
 */
public final class PlantedLinks {
    private PlantedLinks() {}

    /**
     * @throws FileSystemException naming the link when {@code target}, or a folder between {@code root} and it, is
     *                             a symbolic link
     */
    public static void refuse(Path root, Path target) throws FileSystemException {
        Path base = root.toAbsolutePath().normalize();
        Path full = target.toAbsolutePath().normalize();
        if (!full.startsWith(base)) {
            throw new FileSystemException(full.toString(), null, "not inside " + base);
        }
        Path at = base;
        for (Path name : base.relativize(full)) {
            at = at.resolve(name);
            if (Files.isSymbolicLink(at)) {
                throw new FileSystemException(
                        at.toString(),
                        null,
                        "a symbolic link (to " + linkTarget(at)
                                + ") where the job writes; refusing to write through it, remove it");
            }
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
