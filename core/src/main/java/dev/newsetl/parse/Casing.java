package dev.newsetl.parse;

/** Letter-case facts about a piece of text, Turkish letters included ({@code İ} is upper case, {@code ı} lower). */
final class Casing {

    private Casing() {}

    /** At least two letters, and every letter upper case: {@code BAHIA COCOA REVIEW}, {@code JARDEL'DEN MESAJ VAR}. */
    static boolean isAllCaps(CharSequence s) {
        return isAllCaps(s, 0, s.length());
    }

    static boolean isAllCaps(CharSequence s, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static int letters(CharSequence s) {
        return letters(s, 0, s.length());
    }

    static int letters(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Ends a sentence: a full stop, question or exclamation mark, possibly inside closing quotes. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isClosingQuote(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')';
    }
}
