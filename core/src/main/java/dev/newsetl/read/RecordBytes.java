package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the bytes of one container record, as listed: with a seek where the file allows it, otherwise by
 * decompressing forward. It keeps the stream of the last file it read open, so the records of one partition, read
 * in listing order, cost one pass over the file instead of one per record. Not thread-safe: one per reader.
 */
final class RecordBytes implements AutoCloseable {
    private final InputFiles files;
    private final InputLimits limits;
    private String streamPath;
    private InputStream stream;
    private long streamPosition;
    private String probedPath;
    private boolean probedSeekable;

    RecordBytes(InputFiles files, InputLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    byte[] read(ListedFile record, ContainerFormat format) throws IOException {
        String path = record.relativePath();
        long size = record.size();
        if (size > limits.maxRecordSize() + (1 << 20)) {
            throw new LimitExceeded(
                    RejectReason.RECORD_TOO_LARGE,
                    size + " bytes is over the limit of " + limits.maxRecordSize()
                            + " (newsetl.input.max-record-size)");
        }
        if (seekable(path, format)) {
            try (InputStream in = files.openAt(path, record.recordOffset())) {
                return exactly(in, size);
            }
        }
        if (stream == null || !path.equals(streamPath) || record.recordOffset() < streamPosition) {
            close();
            stream = new CountingInputStream(
                    Compression.of(path).decompress(files.open(path)),
                    limits.maxInflatedSize(),
                    RejectReason.INFLATED_TOO_LARGE,
                    "newsetl.input.max-inflated-size");
            streamPath = path;
            streamPosition = 0;
        }
        try {
            stream.skipNBytes(record.recordOffset() - streamPosition);
            byte[] bytes = exactly(stream, size);
            streamPosition = record.recordOffset() + size;
            return bytes;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private boolean seekable(String path, ContainerFormat format) throws IOException {
        if (Compression.of(path) == Compression.NONE) {
            return true;
        }
        if (format != ContainerFormat.WARC) {
            return false;
        }
        if (!path.equals(probedPath)) {
            probedSeekable = WarcScan.isSeekable(files, path);
            probedPath = path;
        }
        return probedSeekable;
    }

    private static byte[] exactly(InputStream in, long size) throws IOException {
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length < size) {
            throw new java.io.EOFException("the file ends " + (size - bytes.length) + " bytes before the record does"
                    + " (changed since it was listed?)");
        }
        return bytes;
    }

    @Override
    public void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // read-only stream: nothing to lose
            }
            stream = null;
            streamPath = null;
        }
    }
}
