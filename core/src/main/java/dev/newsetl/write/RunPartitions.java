package dev.newsetl.write;

import dev.newsetl.read.ListingFile;

/**
 * How a run's listing is split: computed here only, from the listing and the partition size kept in staging, so
 * the partitioner, the grouping pass and the publisher always agree (and a restart splits exactly as before).
 * Always at least one partition, so an empty input still yields (empty) part files.
 *
 * @param files the files listed
 * @param size  files per partition
 * @param count the number of partitions
 */
public record RunPartitions(long files, int size, int count) {

    public static RunPartitions of(RunLayout layout) {
        long files = ListingFile.countLines(layout.listing());
        int size = layout.partitionSize();
        return new RunPartitions(files, size, (int) Math.max(1, (files + size - 1) / size));
    }

    /** The first listing line of {@code partition}. */
    public long from(int partition) {
        return (long) partition * size;
    }

    /** One past the last listing line of {@code partition}. */
    public long to(int partition) {
        return Math.min(files, (long) (partition + 1) * size);
    }
}
