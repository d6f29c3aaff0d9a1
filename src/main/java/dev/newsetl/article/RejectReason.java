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
    /** Plain text with a line longer than the configured limit: not parsed. */
    LINE_TOO_LONG,
    /** A web page over the page-size limit ({@code newsetl.html.max-page-size}). */
    PAGE_TOO_LARGE,
    /** A web page with more elements than the node limit ({@code newsetl.html.max-nodes}). */
    PAGE_TOO_COMPLEX,
    /** A web page whose markup holds no main text (only menus, links, scripts or nothing). */
    NO_MAIN_TEXT
}
