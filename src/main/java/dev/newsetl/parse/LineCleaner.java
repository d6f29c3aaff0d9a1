package dev.newsetl.parse;

/**
 * Makes a line comparable: every kind of space (tab, no-break space, thin space, line separator) and stray control
 * character becomes one plain space, zero-width spaces and BOM characters go, and the ends are trimmed. Without
 * this a no-break space would keep a line from counting as blank, and a tab would split a word run.
 */
final class LineCleaner {

    private LineCleaner() {
    }

    static String clean(String line) {
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

    static int wordCount(String cleaned) {
        return cleaned.isEmpty() ? 0 : cleaned.split(" ").length;
    }
}
