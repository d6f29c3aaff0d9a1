package dev.newsetl.ops;

import java.time.LocalDateTime;

/**
 * One step execution of a job execution: a step ({@code extract}) or one of its partitions
 * ({@code extract-partition:p00003}).
 *
 * @param articles articles written by an extract partition, null for other steps
 * @param rejects  rejects written by an extract partition, null for other steps
 */
public record StepSummary(
        long id,
        String name,
        String status,
        long read,
        long written,
        Long articles,
        Long rejects,
        LocalDateTime start,
        LocalDateTime end,
        String exitMessage) {

    public boolean partition() {
        return name.indexOf(':') > 0;
    }

    /** {@code extract} for {@code extract-partition:p00003}, the step's own name otherwise. */
    public String parent() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon).replace("-partition", "");
    }
}
