package dev.newsetl.read;

/**
 * Whether raw text has a line longer than a limit, counted in bytes between line breaks (LF or CR; in UTF-16 text
 * those bytes still end lines, and a stray one inside another character only shortens a line). The parser works line
 * by line: one 50 MB line would be copied and scanned whole several times, so such a file is a reject, not a parse.
 */
public final class LineLength {
    private LineLength() {}

    public static boolean exceeds(byte[] bytes, long maxBytes) {
        if (bytes.length <= maxBytes) {
            return false; // the common case costs nothing
        }
        long run = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                run = 0;
            } else if (++run > maxBytes) {
                return true;
            }
        }
        return false;
    }
}
