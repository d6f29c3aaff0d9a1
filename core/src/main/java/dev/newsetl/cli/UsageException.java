package dev.newsetl.cli;

/** A mistake in the command line: reported in one line, exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
