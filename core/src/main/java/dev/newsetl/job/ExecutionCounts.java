package dev.newsetl.job;

/**
 * Where a published run's counts (files_read, articles, rejects, entities, quotes) sit in its job execution
 * context: written by the publish step, read by the metrics listener and by {@code history} and {@code status}.
 */
public final class ExecutionCounts {
    public static final String PREFIX = "newsetl.count.";

    private ExecutionCounts() {}

    public static String key(String count) {
        return PREFIX + count;
    }
}
