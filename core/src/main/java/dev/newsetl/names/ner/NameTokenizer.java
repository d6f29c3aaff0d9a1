package dev.newsetl.names.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into the tokens the models were trained on (CoNLL and Milliyet conventions) with exact offsets into
 * the original text: words, numbers ({@code 1,250.5}), abbreviations ({@code U.S.}, {@code Inc.}), words joined by
 * {@code -} or {@code &} ({@code S&P}), single punctuation marks, and a suffix after an apostrophe as a token of its
 * own ({@code Erdoğan'ın} → {@code Erdoğan} + {@code 'ın}), so the name is the same token in every case form.
 */
final class NameTokenizer {

    /** Longest suffix after an apostrophe that still counts as one ({@code 'ndakilerden}). */
    private static final int MAX_SUFFIX = 12;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "gen", "col", "lt", "sgt",
            "gov", "sen", "rep", "prof", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
            "dec", "mt", "ft", "bros", "cie", "av", "cad", "sok", "mah", "bld", "doç", "yrd", "ş", "a.ş");

    private NameTokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isWordChar(c)) {
                i = word(text, i, out);
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                i = suffix(text, i, out);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                        ? i + 2
                        : i + 1;
                out.add(new Token(i, end, text.substring(i, end)));
                i = end;
            }
        }
        return out;
    }

    private static int word(String text, int from, List<Token> out) {
        int n = text.length();
        int i = from;
        boolean innerDot = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if ((c == '.' || c == ',')
                    && i + 1 < n
                    && i > from
                    && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else if (c == '.'
                    && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))
                    && i - from <= 3
                    && i + 2 <= n
                    && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)) || text.charAt(i + 2) == '.')) {
                innerDot = true; // U.S.A, A.Ş: short letter groups between dots
                i++;
            } else if ((c == '-' || c == '&' || c == '\u2010' || c == '\u2011')
                    && i + 1 < n
                    && isWordChar(text.charAt(i + 1))
                    && isWordChar(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i < n && text.charAt(i) == '.' && takesDot(text, from, i, innerDot)) {
            i++;
        }
        out.add(new Token(from, i, text.substring(from, i)));
        return i;
    }

    private static boolean takesDot(String text, int from, int end, boolean innerDot) {
        int length = end - from;
        if (innerDot || (length == 1 && Character.isUpperCase(text.charAt(from)))) {
            return true;
        }
        if (length > 4) {
            return false;
        }
        return ABBREVIATIONS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static int suffix(String text, int from, List<Token> out) {
        int n = text.length();
        int i = from + 1;
        while (i < n && isWordChar(text.charAt(i)) && i - from <= MAX_SUFFIX) {
            i++;
        }
        out.add(new Token(from, i, text.substring(from, i)));
        return i;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (c == '\u02BC') {
            return false; // a letter to Unicode, an apostrophe to us
        }
        if (Character.isSurrogate(c)) {
            return true; // astral letters and emoji alike stay inside one token: they never split a name
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || c == '\u00AD'
                || c == '\u200C'
                || c == '\u200D';
    }
}
