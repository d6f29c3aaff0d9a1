package dev.newsetl.ops;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One job execution as {@code history} and {@code status} show it. Times are local, as the job repository keeps
 * them. For a COMPLETED execution the counts are the published run's (the whole run date, whichever executions did
 * the work); for any other they are what this execution did before it ended or so far.
 *
 * @param filesRead   files read, or null when the execution read none yet
 * @param owner       the process that ran it, {@code pid@host}, or null if it died before recording itself
 * @param ownerGone   true when the execution is still marked running but its owner process is gone (stale)
 * @param exitMessage the first line of Spring Batch's exit description, empty when there is none
 */
public record ExecutionSummary(
        long id,
        long instanceId,
        LocalDate runDate,
        String status,
        String exitCode,
        String exitMessage,
        LocalDateTime start,
        LocalDateTime end,
        String owner,
        boolean ownerGone,
        String input,
        String output,
        Long filesRead,
        Long articles,
        Long rejects,
        boolean publishedCounts) {

    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }
}
