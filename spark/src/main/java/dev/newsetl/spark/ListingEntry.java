package dev.newsetl.spark;

import dev.newsetl.article.RejectReason;
import dev.newsetl.read.ListedFile;
import java.io.Serializable;

/**
 * A {@link ListedFile} as it travels from the driver's listing to an executor (records are not Serializable); or,
 * with a {@code skippedKind}, the count of one kind of container record that is no article ({@code size} of them).
 */
record ListingEntry(
        String relativePath,
        long size,
        long modifiedMillis,
        String rejected,
        String detail,
        long recordOffset,
        String skippedKind)
        implements Serializable {

    static ListingEntry of(ListedFile f) {
        return new ListingEntry(
                f.relativePath(),
                f.size(),
                f.modifiedMillis(),
                f.rejected() == null ? null : f.rejected().name(),
                f.detail(),
                f.recordOffset(),
                null);
    }

    static ListingEntry skipped(String kind, long count) {
        return new ListingEntry("", count, 0, null, "", -1, kind);
    }

    boolean isSkipped() {
        return skippedKind != null;
    }

    ListedFile toListedFile() {
        return new ListedFile(
                relativePath,
                size,
                modifiedMillis,
                rejected == null ? null : RejectReason.valueOf(rejected),
                detail,
                recordOffset);
    }
}
