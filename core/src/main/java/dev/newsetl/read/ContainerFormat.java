package dev.newsetl.read;

import java.util.Locale;
import java.util.Optional;

/** A file that holds many articles, told by its extension under any compression. */
public enum ContainerFormat {
    /** {@code .warc}: a web archive; each HTML response with status 200 is one article. */
    WARC,
    /** {@code .jsonl}, {@code .ndjson}: one JSON object per line. */
    JSON_LINES,
    /** {@code .json}: one array of JSON objects. */
    JSON_ARRAY;

    public static Optional<ContainerFormat> of(String path) {
        String inner = Compression.strip(path).toLowerCase(Locale.ROOT);
        if (inner.endsWith(".warc")) {
            return Optional.of(WARC);
        }
        if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (inner.endsWith(".json")) {
            return Optional.of(JSON_ARRAY);
        }
        return Optional.empty();
    }
}
