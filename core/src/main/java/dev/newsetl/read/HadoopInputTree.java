package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists an input tree on a Hadoop file system in the same order and with the same rejects as {@link InputTree}:
 * names compared segment by segment (so {@code a/b} comes before {@code a-c}, as a depth-first walk puts it), hidden
 * entries (a segment starting with '.') skipped, extensions checked. One recursive listing call: on object stores a
 * directory walk would cost a request per folder. The listing is sorted in memory (a path and two numbers per file).
 */
public final class HadoopInputTree implements InputListing {
    /** Orders {@code /}-separated relative paths the way a depth-first walk of sorted directories does. */
    static final Comparator<String> TREE_ORDER = HadoopInputTree::compareSegments;

    private final FileSystem fs;
    private final Path root;
    private final Set<String> extensions;

    /**
     * @param fs         the file system of {@code root}
     * @param root       the input root
     * @param extensions lower-case file extensions that hold articles (without dot); empty means every file
     */
    public HadoopInputTree(FileSystem fs, Path root, Set<String> extensions) {
        this.fs = fs;
        this.root = fs.makeQualified(root);
        this.extensions = Set.copyOf(extensions);
        try {
            if (!fs.getFileStatus(this.root).isDirectory()) {
                throw new UncheckedIOException(new IOException("input directory " + root + " is not a directory"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("input directory " + root + " cannot be resolved", e);
        }
    }

    @Override
    public void list(Consumer<ListedFile> sink) {
        String prefix = root.toUri().getPath();
        prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        List<ListedFile> listed = new ArrayList<>();
        try {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus status = it.next();
                String path = fs.makeQualified(status.getPath()).toUri().getPath();
                if (!path.startsWith(prefix)) {
                    continue;
                }
                String relative = path.substring(prefix.length());
                if (hidden(relative)) {
                    continue;
                }
                listed.add(
                        status.isFile()
                                ? InputTree.regular(relative, status.getLen(), status.getModificationTime(), extensions)
                                : new ListedFile(relative, 0, RejectReason.NOT_ARTICLE, "not a regular file"));
            }
        } catch (IOException e) {
            sink.accept(
                    new ListedFile(".", 0, RejectReason.UNREADABLE, "directory cannot be listed: " + e.getMessage()));
            return;
        }
        listed.sort(Comparator.comparing(ListedFile::relativePath, TREE_ORDER));
        listed.forEach(sink);
    }

    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    private static int compareSegments(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = a.indexOf('/', i);
            int endB = b.indexOf('/', j);
            endA = endA < 0 ? a.length() : endA;
            endB = endB < 0 ? b.length() : endB;
            int c = a.substring(i, endA).compareTo(b.substring(j, endB));
            if (c != 0) {
                return c;
            }
            i = endA + 1;
            j = endB + 1;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
