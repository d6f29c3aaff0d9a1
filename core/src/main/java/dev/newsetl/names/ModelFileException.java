package dev.newsetl.names;

/** The recognizer's model is missing or unreadable: a configuration error whose message names the file. */
public final class ModelFileException extends RuntimeException {
    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
