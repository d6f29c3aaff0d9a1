package dev.newsetl.names;

import java.text.Normalizer;

/**
 * Folds case and diacritics the way name matching needs, Turkish letters included: {@code İ ı I → i},
 * {@code ş → s}, {@code ğ → g}, {@code ç → c}, {@code ö → o}, {@code ü → u}, {@code â → a}; the apostrophes
 * {@code ' ’ ‘ ʼ ʻ `} become {@code '}; horizontal white space becomes a plain space.
 *
 * <p>Folding is one char in, one char out, so an offset in folded text is an offset in the original. That is why
 * this does not use {@code String.toLowerCase}: {@code "İ".toLowerCase(Locale.ROOT)} is two chars. Combining marks
 * and invisible format characters (soft hyphen, zero-width joiners) are kept by {@link #fold(String)} and skipped
 * by the matcher and by {@link #key(String)}, so decomposed text ({@code I + U+0307}) matches too.
 */
public final class TurkishFolding {

    /** Letters and digits: the characters that make up words. */
    static final byte WORD = 1;
    /** Combining marks and invisible format characters: inside a word, skipped when matching. */
    static final byte MARK = 2;
    /** Horizontal white space (not line breaks: a line break ends a paragraph, and names do not span those). */
    static final byte SPACE = 3;
    /** Everything else: punctuation, line breaks, symbols, unpaired surrogates. */
    static final byte OTHER = 0;

    private static final char[] FOLD = new char[0x10000];
    private static final byte[] KIND = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            KIND[c] = kindOf((char) c);
            FOLD[c] = foldOf((char) c, KIND[c]);
        }
    }

    private TurkishFolding() {}

    /** The folded form of {@code s}, with exactly one char for each char of {@code s}. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[s.charAt(i)];
        }
        return new String(out);
    }

    /**
     * The comparison key of a name: folded, combining marks and invisible characters dropped, runs of white space
     * collapsed to one space, trimmed. Two spellings are the same name to the matcher when their keys are equal.
     */
    public static String key(String s) {
        return strip(s, true);
    }

    /**
     * {@code s} with exactly the characters {@link #key(String)} drops also dropped, but not folded: the key's chars
     * and these line up one to one (the matcher uses it to compare letter case for case-sensitive aliases).
     */
    static String unfoldedKey(String s) {
        return strip(s, false);
    }

    private static String strip(String s, boolean fold) {
        StringBuilder out = new StringBuilder(s.length());
        boolean lastSpace = true; // true at the start drops leading white space
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte kind = KIND[c];
            if (kind == MARK || (kind == SPACE && lastSpace)) {
                continue;
            }
            out.append(fold || kind == SPACE ? FOLD[c] : c);
            lastSpace = kind == SPACE;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    static char fold(char c) {
        return FOLD[c];
    }

    static byte kind(char c) {
        return KIND[c];
    }

    static boolean isWord(char c) {
        return KIND[c] == WORD;
    }

    /** Upper or title case: what "starts with a capital" means for the matcher. */
    static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static byte kindOf(char c) {
        if (isApostrophe(c)) {
            return OTHER; // U+02BC is a letter to Unicode, but a possessive's apostrophe to us
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || c == '\u00AD'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060') {
            return MARK;
        }
        if (c == '\t' || type == Character.SPACE_SEPARATOR) {
            return SPACE;
        }
        if (Character.isLetterOrDigit(c)) {
            return WORD;
        }
        return OTHER;
    }

    private static boolean isApostrophe(char c) {
        return c == '\''
                || c == '\u2019'
                || c == '\u2018'
                || c == '\u02BC'
                || c == '\u02BB'
                || c == '`'
                || c == '\u00B4'
                || c == '\u2032'
                || c == '\uFF07';
    }

    private static char foldOf(char c, byte kind) {
        if (isApostrophe(c)) {
            return '\'';
        }
        if (kind == SPACE) {
            return ' ';
        }
        if (c == '\u2010' || c == '\u2011') {
            return '-'; // Unicode hyphen and non-breaking hyphen, as in "al‑Hayya"
        }
        if (kind != WORD) {
            return c;
        }
        switch (c) {
            case '\u0130', '\u0131', 'I' -> {
                return 'i'; // İ, ı, I: Turkish and English spellings of one name must meet
            }
            case '\u0141', '\u0142' -> {
                return 'l';
            }
            case '\u0110', '\u0111' -> {
                return 'd';
            }
            case '\u00D8', '\u00F8' -> {
                return 'o';
            }
            case '\u0126', '\u0127' -> {
                return 'h';
            }
            default -> {
                // handled below
            }
        }
        char lower = Character.toLowerCase(c); // the char overload maps one char to one char
        if (lower >= 0x3000) {
            return lower; // CJK, Hangul: NFD would split syllables into jamo, which is not a diacritic
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        if (decomposed.length() > 1 && onlyMarksAfterFirst(decomposed)) {
            return Character.toLowerCase(decomposed.charAt(0));
        }
        return lower;
    }

    private static boolean onlyMarksAfterFirst(String s) {
        for (int i = 1; i < s.length(); i++) {
            int type = Character.getType(s.charAt(i));
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                return false;
            }
        }
        return true;
    }
}
