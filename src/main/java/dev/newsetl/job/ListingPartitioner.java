package dev.newsetl.job;

import dev.newsetl.read.ListingFile;
import dev.newsetl.write.RunLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the run's input listing into ranges of {@code partitionSize} lines. Deterministic: the same listing gives
 * the same partition names and ranges, which is what lets a restart skip the partitions that completed.
 * Always at least one partition, so an empty input still yields (empty) part files.
 */
class ListingPartitioner implements Partitioner {
    private final RunLayout layout;

    ListingPartitioner(RunLayout layout) {
        this.layout = layout;
    }

    static int partitionCount(long files, int partitionSize) {
        return (int) Math.max(1, (files + partitionSize - 1) / partitionSize);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        long files = ListingFile.countLines(layout.listing());
        int partitionSize = PrepareRunTasklet.partitionSize(layout);
        int count = partitionCount(files, partitionSize);
        long[] offsets = ListingFile.lineOffsets(layout.listing(), partitionSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int p = 0; p < count; p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PartitionKeys.INDEX, p);
            context.putLong(PartitionKeys.FROM, (long) p * partitionSize);
            context.putLong(PartitionKeys.TO, Math.min(files, (long) (p + 1) * partitionSize));
            if (p < offsets.length) {
                context.putLong(PartitionKeys.OFFSET, offsets[p]);
            }
            partitions.put(RunLayout.partitionName(p), context);
        }
        return partitions;
    }
}
