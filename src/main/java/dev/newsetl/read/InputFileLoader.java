package dev.newsetl.read;

import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Loads one listed file's bytes, refusing files over the size limit without reading them. */
public final class InputFileLoader {
    private final InputFiles files;
    private final long maxBytes;

    public InputFileLoader(Path root, long maxBytes) {
        this(new LocalInputFiles(root), maxBytes);
    }

    /** @param files the input tree's files (a Hadoop file system, for instance) */
    public InputFileLoader(InputFiles files, long maxBytes) {
        this.files = files;
        this.maxBytes = maxBytes;
    }

    public InputDocument load(ListedFile listed) {
        String path = listed.relativePath();
        String source = listed.source();
        if (listed.rejected() != null) {
            return InputDocument.unreadable(path, source, new Rejection(listed.rejected(), listed.detail()));
        }
        try {
            long size = files.size(path);
            if (size > maxBytes) {
                return InputDocument.unreadable(path, source, new Rejection(RejectReason.TOO_LARGE,
                        size + " bytes is over the limit of " + maxBytes + " (newsetl.input.max-file-size)"));
            }
            try (InputStream in = files.open(path)) {
                // Read at most one byte past the limit: the file may have grown since it was measured.
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    return InputDocument.unreadable(path, source, new Rejection(RejectReason.TOO_LARGE,
                            "grew over the limit of " + maxBytes + " bytes while being read"));
                }
                return InputDocument.of(path, source, bytes);
            }
        } catch (LocalInputFiles.OutsideRootException e) {
            return InputDocument.unreadable(path, source, new Rejection(RejectReason.OUTSIDE_ROOT, e.getMessage()));
        } catch (IOException | SecurityException e) {
            return InputDocument.unreadable(path, source, new Rejection(RejectReason.UNREADABLE, e.toString()));
        }
    }
}
