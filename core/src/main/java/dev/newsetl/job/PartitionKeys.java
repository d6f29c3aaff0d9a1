package dev.newsetl.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Keys of a partition's execution context: which lines of the input listing it owns. */
public final class PartitionKeys {
    static final String INDEX = "newsetl.partition.index";
    static final String FROM = "newsetl.partition.from";
    static final String TO = "newsetl.partition.to";
    /** Byte offset of the partition's first listing line; absent in partitions listed by older versions. */
    static final String OFFSET = "newsetl.partition.offset";

    public static final String ARTICLES = "newsetl.partition.articles";
    public static final String REJECTS = "newsetl.partition.rejects";

    private PartitionKeys() {}

    static int index(ExecutionContext context) {
        return context.getInt(INDEX);
    }
}
