package dev.newsetl.job;

import dev.newsetl.read.ListingFile;
import dev.newsetl.write.RunLayout;
import dev.newsetl.write.RunPartitions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the run's input listing into ranges of {@code partitionSize} lines. Deterministic: the same listing gives
 * the same partition names and ranges, which is what lets a restart skip the partitions that completed.
 */
class ListingPartitioner implements Partitioner {
    private final RunLayout layout;

    ListingPartitioner(RunLayout layout) {
        this.layout = layout;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        RunPartitions split = RunPartitions.of(layout);
        long[] offsets = ListingFile.lineOffsets(layout.listing(), split.size());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int p = 0; p < split.count(); p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PartitionKeys.INDEX, p);
            context.putLong(PartitionKeys.FROM, split.from(p));
            context.putLong(PartitionKeys.TO, split.to(p));
            if (p < offsets.length) {
                context.putLong(PartitionKeys.OFFSET, offsets[p]);
            }
            partitions.put(RunLayout.partitionName(p), context);
        }
        return partitions;
    }
}
