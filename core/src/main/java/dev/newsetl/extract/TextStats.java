package dev.newsetl.extract;

/** Counts over text. */
public final class TextStats {

    private TextStats() {}

    /**
     * Words in the text, Unicode-aware. A word is a run of letters, digits and combining marks (so {@code Kalın},
     * {@code Türkiye} and decomposed {@code e}+{@code ◌́} are one word each). Inside a word, without breaking it:
     * apostrophes ({@code Türkiye's}, {@code Hamas’}) and hyphens ({@code al-Hayya}, {@code cease-fire}) between
     * two word characters; {@code ,} and {@code .} between two digits ({@code 1,000}, {@code 3.5}); {@code .} after a
     * one-letter segment and before a letter ({@code U.S.}, {@code U.S.A.}). Everything else separates words.
     */
    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        int prev = -1;
        int prev2 = -1;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordChar(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && i + len < n && joinsWord(cp, prev, prev2, text.codePointAt(i + len))) {
                // stays in the word
            } else {
                inWord = false;
            }
            prev2 = prev;
            prev = cp;
            i += len;
        }
        return words;
    }

    private static boolean joinsWord(int cp, int before, int beforeThat, int after) {
        if (!isWordChar(before) || !isWordChar(after)) {
            return false;
        }
        return switch (cp) {
            case '\'', '\u2019', '\u02BC', '-', '\u2010', '\u2011' -> true;
            case ',' -> Character.isDigit(before) && Character.isDigit(after);
            case '.' ->
                (Character.isDigit(before) && Character.isDigit(after))
                        || (Character.isLetter(before) && Character.isLetter(after) && !isWordChar(beforeThat));
            default -> false;
        };
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) { // most characters: decided without Character's tables
            return cp >= 0 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
