package dev.newsetl.article;

import java.util.Objects;

/**
 * One input file as read from the input tree: where it came from and its raw bytes.
 * A file that could not be read at all carries a {@link Rejection} instead of bytes.
 *
 * @param relativePath path relative to the input root, {@code /}-separated
 * @param source       the first folder under the input root (the outlet), or {@code ""} for files at the root
 * @param bytes        raw content, or null when {@code unreadable} is set
 * @param unreadable   why the file could not be read, or null
 * @param hints        what the container says about the article (media type, URL, given fields); never null
 */
public record InputDocument(
        String relativePath, String source, byte[] bytes, Rejection unreadable, DocumentHints hints) {
    public InputDocument {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hints, "hints");
        if ((bytes == null) == (unreadable == null)) {
            throw new IllegalArgumentException("exactly one of bytes and unreadable must be set: " + relativePath);
        }
    }

    public static InputDocument of(String relativePath, String source, byte[] bytes) {
        return new InputDocument(relativePath, source, bytes, null, DocumentHints.NONE);
    }

    public static InputDocument of(String relativePath, String source, byte[] bytes, DocumentHints hints) {
        return new InputDocument(relativePath, source, bytes, null, hints);
    }

    public static InputDocument unreadable(String relativePath, String source, Rejection why) {
        return new InputDocument(relativePath, source, null, why, DocumentHints.NONE);
    }
}
