package dev.newsetl.write;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a part writer of any format does around its rows: counts them, closes once, and lets I/O errors out
 * unchecked (a partition that fails is redone whole, so a caller has nothing to recover).
 */
abstract class PartWriter<T> implements AutoCloseable {
    private long rows;
    private boolean closed;

    /** One row in the format. */
    abstract void append(T row) throws IOException;

    /** Completes the file (a Parquet footer, the CSV's last buffered bytes) and releases it. */
    abstract void finish() throws IOException;

    public final void write(T row) {
        try {
            append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    public final long rows() {
        return rows;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
