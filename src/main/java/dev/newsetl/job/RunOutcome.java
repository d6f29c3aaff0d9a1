package dev.newsetl.job;

/**
 * What {@code run} ended with, as the process exit code and the line a person reads.
 *
 * @param exitCode 0 completed (or already complete), 1 failed, 3 stopped, 4 output locked by another run
 */
public record RunOutcome(int exitCode, String message) {
    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int STOPPED = 3;
    public static final int LOCKED = 4;
}
