package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.util.Objects;

/**
 * One entry of the input listing.
 *
 * @param relativePath path relative to the input root, {@code /}-separated
 * @param size         size in bytes at listing time (0 when unknown)
 * @param modifiedMillis last-modified time at listing time, epoch milliseconds (0 when unknown)
 * @param rejected     a reason decided at listing time (link out of the root, not an article file), or null
 * @param detail       human-readable detail for {@code rejected}, or {@code ""}
 * @param recordOffset for one record of a container file (WARC, JSON Lines): where it starts, a byte offset into
 *                     the file (into its decompressed bytes when the file is one compressed stream); -1 for a file
 */
public record ListedFile(
        String relativePath, long size, long modifiedMillis, RejectReason rejected, String detail, long recordOffset) {
    public ListedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        detail = detail == null ? "" : detail;
        if (recordOffset < -1) {
            throw new IllegalArgumentException("record offset " + recordOffset);
        }
    }

    /** A whole file. */
    public ListedFile(String relativePath, long size, long modifiedMillis, RejectReason rejected, String detail) {
        this(relativePath, size, modifiedMillis, rejected, detail, -1L);
    }

    /** An entry whose modification time does not matter (rejected at listing time). */
    public ListedFile(String relativePath, long size, RejectReason rejected, String detail) {
        this(relativePath, size, 0L, rejected, detail);
    }

    /** One record of a container file, {@code size} bytes long at {@code offset}. */
    public static ListedFile ofRecord(ListedFile file, long offset, long size, RejectReason rejected, String detail) {
        return new ListedFile(file.relativePath(), size, file.modifiedMillis(), rejected, detail, offset);
    }

    public boolean isRecord() {
        return recordOffset >= 0;
    }

    /**
     * What the dataset calls it ({@code source_file}) and the ledger keys it by: the path, or for a record
     * {@code path#offset}.
     */
    public String id() {
        return recordOffset < 0 ? relativePath : relativePath + "#" + recordOffset;
    }

    /** The outlet: the first folder under the input root, or {@code ""} for a file at the root. */
    public String source() {
        int slash = relativePath.indexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
