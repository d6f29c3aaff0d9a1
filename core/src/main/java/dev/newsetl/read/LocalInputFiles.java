package dev.newsetl.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The local input tree's files, opened so that none outside the root is read. The listing already rejects links
 * leading out, but a file can be replaced by such a link between listing and reading, and a listing path could say
 * {@code ../}: so a path must stay below the root, a file is opened without following a link (no extra system call),
 * and only when it is a link is its target resolved and checked. A directory of the tree swapped for a link while a
 * run reads it is not caught: that needs a directory-relative open Java does not offer.
 */
final class LocalInputFiles implements InputFiles {
    private final Path root;
    private final Path realRoot;

    LocalInputFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
    }

    /** A file the job will not read because it is, or leads, outside the input root. */
    static final class OutsideRootException extends IOException {
        OutsideRootException(String message) {
            super(message);
        }
    }

    @Override
    public long size(String relativePath) throws IOException {
        return Files.size(resolve(relativePath));
    }

    @Override
    public InputStream open(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // ELOOP, which the JDK reports as a plain IOException
            if (!Files.isSymbolicLink(file)) {
                throw e;
            }
        }
        Path target = file.toRealPath();
        if (!target.startsWith(realRoot)) {
            throw new OutsideRootException("symbolic link leads outside the input root; not followed");
        }
        if (!Files.isRegularFile(target)) {
            throw new IOException("symbolic link to something that is not a regular file; not followed");
        }
        return Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS);
    }

    private Path resolve(String relativePath) throws OutsideRootException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new OutsideRootException("path " + relativePath + " is not inside the input root");
        }
        return file;
    }
}
