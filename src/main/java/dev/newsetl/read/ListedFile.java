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
 */
public record ListedFile(String relativePath, long size, long modifiedMillis, RejectReason rejected, String detail) {
    public ListedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        detail = detail == null ? "" : detail;
    }

    /** An entry whose modification time does not matter (rejected at listing time). */
    public ListedFile(String relativePath, long size, RejectReason rejected, String detail) {
        this(relativePath, size, 0L, rejected, detail);
    }

    /** The outlet: the first folder under the input root, or {@code ""} for a file at the root. */
    public String source() {
        int slash = relativePath.indexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
