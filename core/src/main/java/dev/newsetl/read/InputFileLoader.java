package dev.newsetl.read;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.InputDocument;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads one listed file's bytes, refusing files over the size limit without reading them; a compressed file
 * ({@code .txt.gz}) decompressed under the same limit; a listed record of a container file (a WARC response, a JSON
 * object) as its article bytes with what the container says about them. Not thread-safe (it keeps the stream of
 * the container it reads from): one per reader.
 */
public final class InputFileLoader implements AutoCloseable {
    private static final String SETTING = " (newsetl.input.max-file-size)";

    private final InputFiles files;
    private final long maxBytes;
    private final RecordBytes records;
    private final WarcRecordReader warc;
    private final JsonArticleReader json;

    public InputFileLoader(Path root, long maxBytes) {
        this(new LocalInputFiles(root), maxBytes);
    }

    /** @param files the input tree's files (a Hadoop file system, for instance) */
    public InputFileLoader(InputFiles files, long maxBytes) {
        this(files, InputLimits.DEFAULTS.withMaxFileSize(maxBytes), JsonFieldMapping.DEFAULTS);
    }

    public InputFileLoader(InputFiles files, InputLimits limits, JsonFieldMapping mapping) {
        this.files = files;
        this.maxBytes = limits.maxFileSize();
        this.records = new RecordBytes(files, limits);
        this.warc = new WarcRecordReader(limits);
        this.json = new JsonArticleReader(mapping, limits);
    }

    /** The local tree's files, through java.nio (seeks for container records). */
    public static InputFiles localFiles(Path root) {
        return new LocalInputFiles(root);
    }

    public InputDocument load(ListedFile listed) {
        String path = listed.id();
        String source = listed.source();
        if (listed.rejected() != null) {
            return rejected(path, source, listed.rejected(), listed.detail());
        }
        if (listed.isRecord()) {
            return loadRecord(listed, path, source);
        }
        Compression compression = Compression.of(listed.relativePath());
        try {
            if (compression != Compression.NONE) {
                return loadCompressed(listed, compression, source);
            }
            long size = files.size(listed.relativePath());
            if (size > maxBytes) {
                return tooLarge(path, source, size + " bytes is over the limit of " + maxBytes + SETTING);
            }
            try (InputStream in = files.open(listed.relativePath())) {
                // The file may have grown since it was measured.
                byte[] bytes = readUpToLimit(in);
                if (bytes.length > maxBytes) {
                    return tooLarge(path, source, "grew over the limit of " + maxBytes + " bytes while being read");
                }
                return InputDocument.of(path, source, bytes);
            }
        } catch (LocalInputFiles.OutsideRootException e) {
            return rejected(path, source, RejectReason.OUTSIDE_ROOT, e.getMessage());
        } catch (IOException | SecurityException e) {
            return rejected(path, source, RejectReason.UNREADABLE, e.toString());
        }
    }

    /** A compressed article file: its decompressed bytes, at most the file size limit of them. */
    private InputDocument loadCompressed(ListedFile listed, Compression compression, String source) throws IOException {
        String path = listed.relativePath();
        byte[] bytes;
        try (InputStream in = compression.decompress(files.open(path))) {
            bytes = readUpToLimit(in);
        } catch (IOException | RuntimeException e) {
            // gzip reports damage as EOF or ZipException, zstd as plain I/O or runtime errors; a missing or
            // forbidden file is no damage of the data.
            if (e instanceof java.io.FileNotFoundException || e instanceof SecurityException) {
                throw e;
            }
            return rejected(
                    path, source, RejectReason.CORRUPT_COMPRESSION, "does not decompress: " + WarcScan.message(e));
        }
        if (bytes.length > maxBytes) {
            return tooLarge(path, source, "decompresses to more than " + maxBytes + " bytes" + SETTING);
        }
        String inner = Compression.strip(path).toLowerCase(Locale.ROOT);
        boolean html = inner.endsWith(".html") || inner.endsWith(".htm");
        return InputDocument.of(
                path,
                source,
                bytes,
                html
                        ? new DocumentHints("text/html", null, null, null, null, null, null, List.of(), null, null)
                        : DocumentHints.NONE);
    }

    private InputDocument loadRecord(ListedFile listed, String id, String source) {
        ContainerFormat format = ContainerFormat.of(listed.relativePath())
                .orElseThrow(() -> new IllegalStateException("record of a file that is no container: " + id));
        byte[] bytes;
        try {
            bytes = records.read(listed, format);
        } catch (IOException | RuntimeException e) {
            RejectReason reason = WarcScan.reasonOf(e);
            return rejected(
                    id,
                    source,
                    reason == RejectReason.MALFORMED_RECORD ? RejectReason.UNREADABLE : reason,
                    WarcScan.message(e));
        }
        Object read = format == ContainerFormat.WARC ? warc.read(bytes) : json.read(stripLineEnd(bytes));
        if (read instanceof WarcRecordReader.Payload payload) {
            return InputDocument.of(id, source, payload.bytes(), payload.hints());
        }
        return InputDocument.unreadable(id, source, (Rejection) read);
    }

    /** At most one byte past the size limit: enough to tell that a file is over it without reading all of it. */
    private byte[] readUpToLimit(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }

    private static InputDocument tooLarge(String path, String source, String detail) {
        return rejected(path, source, RejectReason.TOO_LARGE, detail);
    }

    private static InputDocument rejected(String path, String source, RejectReason reason, String detail) {
        return InputDocument.unreadable(path, source, new Rejection(reason, detail));
    }

    private static byte[] stripLineEnd(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && (bytes[n - 1] == '\r' || bytes[n - 1] == '\n')) {
            n--;
        }
        return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n);
    }

    @Override
    public void close() {
        records.close();
    }
}
