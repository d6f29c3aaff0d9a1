package dev.newsetl.ops;

/**
 * What {@code run} ended with, as the process exit code and the line a person reads.
 *
 * @param exitCode 0 completed (or already complete), 1 failed, 2 refused as a usage error (an abandoned run date
 *                 without --force, nothing to restart), 3 stopped, 4 output locked by another run
 */
public record RunOutcome(int exitCode, String message) {
    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int STOPPED = 3;
    public static final int LOCKED = 4;
}
