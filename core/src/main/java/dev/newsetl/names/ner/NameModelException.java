package dev.newsetl.names.ner;

/** A model or lexicon file of the recognizer is missing or cannot be read; the message names the file. */
public final class NameModelException extends RuntimeException {
    NameModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
