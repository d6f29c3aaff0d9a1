package dev.newsetl.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The process recorded as running an execution ({@code pid@host}, see {@link OwnerListener}) and whether it is
 * still alive. Only a process on this host can be checked; a pid alive here but started after the execution began
 * is a reused pid, not the owner.
 */
record OwnerProcess(long pid, String host) {
    /** Slack for clock rounding between the job repository's timestamps and the OS process start time. */
    private static final Duration START_SLACK = Duration.ofSeconds(2);

    enum Liveness {
        ALIVE,
        GONE,
        UNKNOWN
    }

    /** The owner named by {@code text}, or empty when none was recorded or it is not {@code pid@host}. */
    static Optional<OwnerProcess> parse(Object text) {
        if (!(text instanceof String s)) {
            return Optional.empty();
        }
        int at = s.indexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OwnerProcess(Long.parseLong(s.substring(0, at)), s.substring(at + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static OwnerProcess current() {
        return parse(OutputLock.owner()).orElseThrow();
    }

    /**
     * @param executionStarted when the execution was created, to tell the owner from a later process that got
     *                         the same pid; null if unknown
     */
    Liveness liveness(Instant executionStarted) {
        if (!host.equals(current().host())) {
            return Liveness.UNKNOWN;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Liveness.GONE;
        }
        Optional<Instant> processStarted = process.get().info().startInstant();
        if (executionStarted != null
                && processStarted.isPresent()
                && processStarted.get().isAfter(executionStarted.plus(START_SLACK))) {
            return Liveness.GONE;
        }
        return Liveness.ALIVE;
    }

    @Override
    public String toString() {
        return pid + "@" + host;
    }
}
