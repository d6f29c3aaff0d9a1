package dev.newsetl.parse;

/**
 * Makes a line comparable: every kind of space (tab, no-break space, thin space, line separator) and stray control
 * character becomes one plain space, zero-width spaces and BOM characters go, and the ends are trimmed. Without
 * this a no-break space would keep a line from counting as blank, and a tab would split a word run.
 */
final class LineCleaner {

    private LineCleaner() {}

    static String clean(String line) {
        return isClean(line) ? line : rewrite(line);
    }

    /**
     * True when cleaning would not change the line: printable ASCII and non-ASCII letters only, single spaces between
     * words, nothing at either end. Most lines are like this, and then need no copy.
     */
    private static boolean isClean(String line) {
        int n = line.length();
        if (n > 0 && (line.charAt(0) == ' ' || line.charAt(n - 1) == ' ')) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if (c < '!' || (c >= '\u007F' && !Character.isLetter(c) && !isPlainPunctuation(c))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Curly quotes, dashes, the ellipsis: common in text, and never spaces or controls. */
    private static boolean isPlainPunctuation(char c) {
        return c >= '\u2010' && c <= '\u2027';
    }

    // The definition; clean() skips it when it would change nothing.
    static String rewrite(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a cleaned text has at least {@code n} words; stops counting there, as paragraphs are long. */
    static boolean hasWords(String cleaned, int n) {
        if (n <= 0) {
            return true;
        }
        if (cleaned.isEmpty()) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < cleaned.length() && words < n; i++) {
            if (cleaned.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= n;
    }

    /** Words of a cleaned line (single spaces between words): counted, not split, because it runs per block. */
    static int wordCount(String cleaned) {
        if (cleaned.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < cleaned.length(); i++) {
            if (cleaned.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }
}
