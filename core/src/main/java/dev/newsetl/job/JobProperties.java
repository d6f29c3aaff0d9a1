package dev.newsetl.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code newsetl.job.*}: how the work is split and run.
 *
 * @param partitionSize files per partition; a partition is the unit of restart and of parallelism
 * @param chunkSize     files per transaction inside a partition
 * @param threads       partitions run at once; 0 means one per available core
 * @param failOnPath    for restart tests only: fail the partition that reads a file whose path contains this
 */
@ConfigurationProperties("newsetl.job")
public record JobProperties(
        @DefaultValue("1000") int partitionSize,
        @DefaultValue("500") int chunkSize,
        @DefaultValue("0") int threads,
        @DefaultValue("") String failOnPath) {
    public JobProperties {
        if (partitionSize < 1) {
            throw new IllegalArgumentException("newsetl.job.partition-size must be at least 1, was " + partitionSize);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("newsetl.job.chunk-size must be at least 1, was " + chunkSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("newsetl.job.threads must be 0 (all cores) or more, was " + threads);
        }
    }

    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
