package dev.newsetl.names;

/** The alias dictionary cannot be used; the message names the file, the line and the problem. */
public class DictionaryException extends RuntimeException {
    public DictionaryException(String message) {
        super(message);
    }

    public DictionaryException(String message, Throwable cause) {
        super(message, cause);
    }

    static DictionaryException at(String source, int line, String problem) {
        return new DictionaryException(source + ":" + line + ": " + problem);
    }
}
