package dev.newsetl.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Local folders and files only their owner may read: the job's state (job repository, its lock with the key a
 * client needs to join the database, the run lock). Java cannot set a umask, so folders are created 0700 and files
 * are created 0600 or tightened right after a library (H2) created them; the folder being 0700 from the start means
 * no other user can reach a file in it even in that moment. On a file system without POSIX permissions nothing is
 * changed.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /**
     * Creates {@code dir} (and missing parents, with ordinary permissions) as an owner-only folder, or makes an
     * existing one owner-only along with every file directly in it (state left by an older version).
     */
    public static Path folder(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new IOException(dir + " is a symbolic link; the job's state must be a real folder");
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (isPosix(dir)) {
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // created meanwhile by another process: tightened below
                }
            } else {
                Files.createDirectories(dir);
            }
        }
        restrict(dir, FOLDER);
        tightenFiles(dir);
        return dir;
    }

    /** Makes every regular file directly in {@code dir} readable and writable by its owner only. */
    public static void tightenFiles(Path dir) throws IOException {
        if (!isPosix(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        restrict(entry, FILE);
                    } catch (java.nio.file.NoSuchFileException e) {
                        // a lock or temporary file removed meanwhile
                    }
                }
            }
        }
    }

    /** The attribute that creates a file owner-only, or none where the file system has no POSIX permissions. */
    public static FileAttribute<?>[] fileAttributes(Path where) {
        return isPosix(where)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null && !view.readAttributes().permissions().equals(permissions)) {
            view.setPermissions(permissions);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
