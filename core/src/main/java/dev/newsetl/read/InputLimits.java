package dev.newsetl.read;

import java.io.Serializable;

/**
 * What the readers accept from untrusted input before they give up on a file or a record (each one a setting
 * {@code newsetl.input.*} and a reject reason), so that no input can make the job run out of memory.
 *
 * @param maxFileSize     bytes of one article file (after decompression for {@code .txt.gz}): TOO_LARGE
 * @param maxInflatedSize bytes of a container file after decompression: INFLATED_TOO_LARGE for the rest of it
 * @param maxRecordSize   bytes of one WARC record or JSON object: RECORD_TOO_LARGE
 * @param maxLineLength   bytes of one line of JSON Lines: LINE_TOO_LONG
 * @param maxJsonDepth    nesting depth of one JSON value: JSON_TOO_DEEP
 */
public record InputLimits(
        long maxFileSize, long maxInflatedSize, long maxRecordSize, long maxLineLength, int maxJsonDepth)
        implements Serializable {
    /** The defaults of config/application.yml. */
    public static final InputLimits DEFAULTS = new InputLimits(5L << 20, 16L << 30, 10L << 20, 10L << 20, 64);

    public InputLimits {
        if (maxFileSize < 1 || maxInflatedSize < 1 || maxRecordSize < 1 || maxLineLength < 1 || maxJsonDepth < 1) {
            throw new IllegalArgumentException("input limits must be positive");
        }
    }

    public InputLimits withMaxFileSize(long bytes) {
        return new InputLimits(bytes, maxInflatedSize, maxRecordSize, maxLineLength, maxJsonDepth);
    }
}
