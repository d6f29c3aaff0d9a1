package dev.newsetl.parse;

import java.util.List;

/**
 * ALL-CAPS subheads run into a paragraph ({@code ... kullandı. ÖDEME 3 AŞAMADA YAPILACAK Bakanlık ...}): two or more
 * capital words, after a sentence end or at the start, before a capitalised word that is not in capitals (or the
 * end). They stay in the paragraph; this only names them. One pass over the characters, no pattern.
 */
final class InlineSubheads {

    private static final int MAX_WORDS = 12;

    private InlineSubheads() {}

    static void find(String p, List<String> out) {
        if (!hasCapitalPair(p)) {
            return; // most paragraphs have no two capitals in a row, and then no subhead
        }
        int n = p.length();
        int i = 0;
        boolean atSentenceStart = true;
        while (i < n) {
            int wordEnd = wordEnd(p, i);
            if (atSentenceStart && isCapsWord(p, i, wordEnd)) {
                int runEnd = wordEnd;
                int words = 1;
                int letterWords = Casing.letters(p, i, wordEnd) >= 2 ? 1 : 0;
                int next = skipSpace(p, wordEnd);
                while (next < n && words < MAX_WORDS + 1) {
                    int e = wordEnd(p, next);
                    if (!isCapsWord(p, next, e) && !isNumber(p, next, e)) {
                        break;
                    }
                    words++;
                    if (Casing.letters(p, next, e) >= 2) {
                        letterWords++;
                    }
                    runEnd = e;
                    next = skipSpace(p, e);
                }
                boolean endsWell = next >= n || startsMixedCaseWord(p, next);
                // at a paragraph's start two capital words are often just the house style (BEŞİKTAŞ'IN UEFA Kupası)
                int needed = i == 0 ? 3 : 2;
                if (letterWords >= needed && words <= MAX_WORDS && endsWell && Casing.letters(p, i, runEnd) >= 6) {
                    out.add(trimPunctuation(p.substring(i, runEnd)));
                    i = next;
                    atSentenceStart = true;
                    continue;
                }
            }
            char last = wordEnd > i ? p.charAt(wordEnd - 1) : ' ';
            atSentenceStart = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '”';
            i = skipSpace(p, wordEnd);
        }
    }

    private static boolean hasCapitalPair(String p) {
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c)) {
                char b = p.charAt(i - 1);
                if (b >= 'A' && b <= 'Z' || b > 127 && Character.isUpperCase(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int wordEnd(String p, int from) {
        int e = from;
        while (e < p.length() && p.charAt(e) != ' ') {
            e++;
        }
        return Math.max(e, from + 1 <= p.length() ? e : from);
    }

    private static int skipSpace(String p, int from) {
        int i = from;
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        return i == from && from < p.length() ? from + 1 : i;
    }

    private static boolean isCapsWord(String p, int from, int to) {
        return to > from && Character.isUpperCase(p.charAt(from)) && Casing.isAllCaps(p, from, to);
    }

    private static boolean isNumber(String p, int from, int to) {
        return to > from && Character.isDigit(p.charAt(from)) && Casing.letters(p, from, to) == 0;
    }

    private static boolean startsMixedCaseWord(String p, int from) {
        int e = wordEnd(p, from);
        return Character.isUpperCase(p.charAt(from))
                && !Casing.isAllCaps(p, from, e)
                && (e - from == 1
                        || Character.isLowerCase(p.charAt(from + 1))
                        || !Character.isLetter(p.charAt(from + 1)));
    }

    private static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == ':')) {
            end--;
        }
        return s.substring(0, end);
    }
}
