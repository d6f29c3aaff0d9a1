package dev.newsetl.spark;

import dev.newsetl.fs.Location;
import dev.newsetl.read.ContainerFormat;
import dev.newsetl.read.ContainerListing;
import dev.newsetl.read.InputLimits;
import dev.newsetl.read.InputRoot;
import dev.newsetl.read.ListedFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The executor side of listing: each container file (WARC, JSON Lines) scanned into its records by the job's own
 * scan, where the file is; plain files pass through. Records that are no article come back as counts.
 */
final class ExpandContainers implements FlatMapFunction<ListingEntry, ListingEntry> {
    private final String inputRoot;
    private final InputLimits limits;

    ExpandContainers(String inputRoot, InputLimits limits) {
        this.inputRoot = inputRoot;
        this.limits = limits;
    }

    @Override
    public Iterator<ListingEntry> call(ListingEntry entry) {
        ListedFile file = entry.toListedFile();
        Optional<ContainerFormat> format = ContainerFormat.of(file.relativePath());
        if (file.rejected() != null || format.isEmpty()) {
            return List.of(entry).iterator();
        }
        List<ListingEntry> records = new ArrayList<>();
        ContainerListing listing = InputRoot.recordListing(Location.parse(inputRoot), java.util.Set.of(), limits);
        listing.expand(file, format.get(), record -> records.add(ListingEntry.of(record)));
        listing.skipped().byKind().forEach((kind, n) -> records.add(ListingEntry.skipped(kind, n)));
        return records.iterator();
    }
}
