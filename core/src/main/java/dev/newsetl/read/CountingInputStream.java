package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails with {@link LimitExceeded} past a limit: a small gzip that inflates to
 * gigabytes stops at the limit instead of filling the disk or the heap.
 */
final class CountingInputStream extends FilterInputStream {
    private final long limit;
    private final RejectReason reason;
    private final String setting;
    private long count;

    CountingInputStream(InputStream in, long limit, RejectReason reason, String setting) {
        super(in);
        this.limit = limit;
        this.reason = reason;
        this.setting = setting;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            add(skipped);
        }
        return skipped;
    }

    private void add(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(reason, "more than " + limit + " bytes after decompression (" + setting + ")");
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
