package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the input tree in a deterministic order (names sorted by code point, depth first), one directory in memory
 * at a time, so the listing of a million files costs the memory of its largest directory only.
 * <p>
 * Hidden entries (names starting with '.') are skipped: editors and sync tools leave them. Symbolic links to
 * directories are never followed (cycles); a link to a file is read only when its target stays inside the root.
 */
public final class InputTree implements InputListing {
    private final Path root;
    private final Path realRoot;
    private final Set<String> extensions;

    /**
     * @param root       the input root; must be a directory
     * @param extensions lower-case file extensions that hold articles (without dot); empty means every file
     */
    public InputTree(Path root, Set<String> extensions) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("input directory " + root + " cannot be resolved", e);
        }
        this.extensions = Set.copyOf(extensions);
    }

    public Path root() {
        return root;
    }

    @Override
    public void list(Consumer<ListedFile> sink) {
        walk(root, "", sink);
    }

    private void walk(Path dir, String prefix, Consumer<ListedFile> sink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            sink.accept(new ListedFile(
                    prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1),
                    0,
                    RejectReason.UNREADABLE,
                    "directory cannot be listed: " + e.getMessage()));
            return;
        }
        entries.sort(
                (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String relative = prefix + name;
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                sink.accept(new ListedFile(relative, 0, RejectReason.UNREADABLE, e.toString()));
                continue;
            }
            if (attributes.isDirectory()) {
                walk(entry, relative + "/", sink);
            } else if (attributes.isSymbolicLink()) {
                sink.accept(linked(entry, relative));
            } else if (attributes.isRegularFile()) {
                sink.accept(regular(
                        relative,
                        attributes.size(),
                        attributes.lastModifiedTime().toMillis()));
            } else {
                sink.accept(new ListedFile(relative, 0, RejectReason.NOT_ARTICLE, "not a regular file"));
            }
        }
    }

    private ListedFile linked(Path link, String relative) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return new ListedFile(relative, 0, RejectReason.UNREADABLE, "broken symbolic link");
        }
        if (!target.startsWith(realRoot)) {
            return new ListedFile(
                    relative, 0, RejectReason.OUTSIDE_ROOT, "symbolic link leads outside the input root; not followed");
        }
        if (Files.isDirectory(target)) {
            return new ListedFile(relative, 0, RejectReason.NOT_ARTICLE, "symbolic link to a directory; not followed");
        }
        try {
            return regular(
                    relative,
                    Files.size(target),
                    Files.getLastModifiedTime(target).toMillis());
        } catch (IOException e) {
            return new ListedFile(relative, 0, RejectReason.UNREADABLE, e.toString());
        }
    }

    private ListedFile regular(String relative, long size, long modified) {
        return regular(relative, size, modified, extensions);
    }

    /** A regular file's entry: rejected as NOT_ARTICLE when its extension is not one of {@code extensions}. */
    static ListedFile regular(String relative, long size, long modified, Set<String> extensions) {
        // A compressed file (news.warc.gz, a.txt.zst) is listed by the extension under its compression.
        if (!extensions.isEmpty() && !extensions.contains(extensionOf(Compression.strip(relative)))) {
            return new ListedFile(
                    relative,
                    size,
                    modified,
                    RejectReason.NOT_ARTICLE,
                    "extension not in newsetl.input.extensions " + new java.util.TreeSet<>(extensions));
        }
        return new ListedFile(relative, size, modified, null, "");
    }

    static String extensionOf(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
