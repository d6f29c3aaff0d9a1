package dev.newsetl.spark;

import dev.newsetl.article.RejectReason;
import dev.newsetl.read.ListedFile;
import java.io.Serializable;

/** A {@link ListedFile} as it travels from the driver's listing to an executor (records are not Serializable). */
record ListingEntry(String relativePath, long size, long modifiedMillis, String rejected, String detail)
        implements Serializable {

    static ListingEntry of(ListedFile f) {
        return new ListingEntry(f.relativePath(), f.size(), f.modifiedMillis(),
                f.rejected() == null ? null : f.rejected().name(), f.detail());
    }

    ListedFile toListedFile() {
        return new ListedFile(relativePath, size, modifiedMillis,
                rejected == null ? null : RejectReason.valueOf(rejected), detail);
    }
}
