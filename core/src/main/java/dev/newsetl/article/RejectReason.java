package dev.newsetl.article;

/** Why an input file did not become an article. The names are the codes written to rejects.csv. */
public enum RejectReason {
    /** Zero bytes, or only whitespace. */
    EMPTY,
    /** NUL bytes or control characters: not text. */
    BINARY,
    /** Larger than the configured size limit. */
    TOO_LARGE,
    /** The file could not be read (permissions, vanished, I/O error). */
    UNREADABLE,
    /** Byte sequences that no supported character set explains. */
    UNDECODABLE,
    /** A symbolic link that leads outside the input root: not followed. */
    OUTSIDE_ROOT,
    /** A file whose extension is not in the configured list of article extensions. */
    NOT_ARTICLE,
    /** Text, but nothing that makes an article (only a header, only a caption). */
    NO_BODY,
    /** A line of plain text or of JSON Lines over {@code newsetl.input.max-line-length}: not parsed. */
    LINE_TOO_LONG,
    /** A web page over the page-size limit ({@code newsetl.html.max-page-size}). */
    PAGE_TOO_LARGE,
    /** A web page with more elements than the node limit ({@code newsetl.html.max-nodes}). */
    PAGE_TOO_COMPLEX,
    /** A web page whose markup holds no main text (only menus, links, scripts or nothing). */
    NO_MAIN_TEXT,
    /** A compressed file or record that ends early or does not decompress (a truncated gzip member). */
    CORRUPT_COMPRESSION,
    /** More bytes after decompression than {@code newsetl.input.max-inflated-size}: the rest of the file. */
    INFLATED_TOO_LARGE,
    /** A WARC record or JSON object over {@code newsetl.input.max-record-size} (a 200 MB page). */
    RECORD_TOO_LARGE,
    /** A WARC record that does not parse, or whose length does not match its content. */
    MALFORMED_RECORD,
    /** A line or array element that is not a JSON object. */
    NOT_JSON,
    /** JSON nested deeper than {@code newsetl.input.max-json-depth}. */
    JSON_TOO_DEEP,
    /** A JSON object with none of the text keys of the mapping ({@code newsetl.input.json-text}). */
    NO_TEXT
}
