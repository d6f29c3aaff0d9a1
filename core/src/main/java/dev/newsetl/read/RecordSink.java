package dev.newsetl.read;

import dev.newsetl.article.RejectReason;

/** Where a container scan reports what it finds, record by record, in file order. */
interface RecordSink {
    /** A record that may be an article, {@code size} bytes at {@code offset}. */
    void record(long offset, long size);

    /** A record (or the rest of the file, from {@code offset}) that is a reject. */
    void reject(long offset, RejectReason reason, String detail);

    /** A record that is neither an article nor a fault. */
    void skipped(String kind);
}
