package dev.newsetl.names;

import java.util.List;
import java.util.Map;

/**
 * Spelling rules for recognized names: where a span's name ends (suffixes off), how an ALL-CAPS name is written,
 * and which of an entity's spellings is canonical.
 */
final class NameSpellings {
    /** The longest ending after an apostrophe we take for a suffix ({@code 'ndaki}, {@code 'ndeki}). */
    private static final int MAX_SUFFIX = 7;

    private NameSpellings() {}

    /**
     * The name inside a recognized span, as {@code {start, end}}, or null when the span holds no letter: leading and
     * trailing punctuation off (a final period stays after an initial, {@code U.S.}), a lower-case ending after an
     * apostrophe off ({@code Erdoğan'ın}, {@code Apple's}, {@code QNB Türkiye'nin}), a lower-case tail after a hyphen
     * off ({@code Kalın-led}), anything after a line break off. {@code O'Brien} and {@code al-Hayya} keep theirs:
     * the tail is capitalized, or the head is lower case.
     */
    static int[] core(String text, int start, int end) {
        int s = start;
        int e = end;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                e = i; // names never span a line break (as in the dictionary): the first line is the name
                break;
            }
        }
        while (s < e && !TurkishFolding.isWord(text.charAt(s))) {
            s++;
        }
        s = afterHonorific(text, s, e);
        while (e > s
                && !TurkishFolding.isWord(text.charAt(e - 1))
                && !keepsPeriod(text, s, e)
                && TurkishFolding.kind(text.charAt(e - 1)) != TurkishFolding.MARK) {
            e--;
        }
        if (e <= s) {
            return null;
        }
        int tokenStart = e;
        while (tokenStart > s
                && TurkishFolding.kind(text.charAt(tokenStart - 1)) != TurkishFolding.SPACE
                && text.charAt(tokenStart - 1) != '\n'
                && text.charAt(tokenStart - 1) != '\r') {
            tokenStart--;
        }
        for (int i = e - 1; i > tokenStart; i--) {
            char c = text.charAt(i);
            if (TurkishFolding.fold(c) == '\'' || c == '-') {
                if (lowerTail(text, i + 1, e, c == '-' ? Integer.MAX_VALUE : MAX_SUFFIX)
                        && TurkishFolding.isWord(text.charAt(i - 1))
                        && (c != '-' || TurkishFolding.isCapital(text.charAt(tokenStart)))) {
                    e = i;
                    if (c == '-' && i - tokenStart == 1 && tokenStart > s) {
                        // One letter before the hyphen is a word of its own (Bettie Page T-shirts), not the name's.
                        e = tokenStart;
                        while (e > s && TurkishFolding.kind(text.charAt(e - 1)) == TurkishFolding.SPACE) {
                            e--;
                        }
                    }
                }
                break;
            }
        }
        for (int i = s; i < e; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return new int[] {s, e};
            }
        }
        return null;
    }

    /** Titles of address in front of a name ({@code Ms. Page}, {@code Dr Vinar}): the person is {@code Page}. */
    static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "mx");

    /** Where the name starts when {@code s} starts an honorific followed by a capitalised word; else {@code s}. */
    private static int afterHonorific(String text, int s, int e) {
        int w = s;
        while (w < e && Character.isLetter(text.charAt(w))) {
            w++;
        }
        if (w - s < 2 || w - s > 4 || !HONORIFICS.contains(text.substring(s, w).toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        int next = w < e && text.charAt(w) == '.' ? w + 1 : w;
        if (next >= e || text.charAt(next) != ' ') {
            return s;
        }
        next++;
        return next < e && TurkishFolding.isCapital(text.charAt(next)) ? next : s;
    }

    private static boolean keepsPeriod(String text, int s, int e) {
        if (text.charAt(e - 1) != '.' || e - 2 < s) {
            return false;
        }
        return TurkishFolding.isCapital(text.charAt(e - 2)) && (e - 3 < s || !TurkishFolding.isWord(text.charAt(e - 3)))
                || endsWithAbbreviation(text, s, e - 1);
    }

    /** Abbreviations that end a company's or a person's name as written ({@code Acme Corp.}, {@code Smith Jr.}). */
    private static final java.util.Set<String> NAME_ABBREVIATIONS =
            java.util.Set.of("inc", "corp", "co", "ltd", "cos", "bros", "jr", "sr");

    private static boolean endsWithAbbreviation(String text, int s, int e) {
        int w = e;
        while (w > s && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w > s
                && e - w <= 4
                && TurkishFolding.isCapital(text.charAt(w))
                && TurkishFolding.kind(text.charAt(w - 1)) == TurkishFolding.SPACE
                && NAME_ABBREVIATIONS.contains(text.substring(w, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean lowerTail(String text, int from, int to, int maxLength) {
        if (from >= to || to - from > maxLength) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetter(c) && !TurkishFolding.isCapital(c))
                    && TurkishFolding.kind(c) != TurkishFolding.MARK) {
                return false;
            }
        }
        return true;
    }

    /** White space of any kind, line breaks included, as single spaces. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** At least two letters, none of them lower case. */
    static boolean allCaps(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!TurkishFolding.isCapital(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * An ALL-CAPS multi-word name in mixed case: each word as the article writes it in mixed case elsewhere
     * ({@code mixed}, keyed by folded word), else capitalized, Turkish-style when the name or text is Turkish
     * ({@code KADIKÖY} → {@code Kadıköy}). Words without a vowel or of at most two letters stay as they are
     * ({@code QNB TÜRKİYE} → {@code QNB Türkiye}); a one-word ALL-CAPS name is taken for an acronym and kept.
     */
    static String recase(String name, Map<String, String> mixed, boolean turkish) {
        if (!allCaps(name)) {
            return name;
        }
        String[] words = name.split(" ");
        if (words.length == 1) {
            String known = mixed.get(TurkishFolding.key(name));
            return known != null ? known : name;
        }
        boolean tr = turkish || hasTurkishLetter(name);
        StringBuilder out = new StringBuilder(name.length());
        for (String word : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String known = mixed.get(TurkishFolding.key(word));
            if (known != null && known.length() == word.length()) {
                out.append(known);
            } else if (letters(word) <= 2 || !hasVowel(word)) {
                out.append(word);
            } else {
                out.append(capitalized(word, tr));
            }
        }
        return out.toString();
    }

    private static String capitalized(String word, boolean turkish) {
        StringBuilder out = new StringBuilder(word.length());
        boolean first = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (first || (i > 0 && word.charAt(i - 1) == '-')) {
                out.append(c);
            } else if (turkish && c == 'I') {
                out.append('ı');
            } else if (c == 'İ') {
                out.append('i');
            } else {
                out.append(Character.toLowerCase(c));
            }
            first = first && !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * The canonical spelling among an entity's written forms (distinct, in order of first appearance, with counts):
     * mixed case before ALL-CAPS, then the most letters outside ASCII (Turkish letters over their ASCII folds:
     * {@code Ömür} over {@code Omur}), then the most used, then the first.
     */
    static String choose(List<String> spellings, Map<String, Integer> counts) {
        String best = null;
        for (String s : spellings) {
            if (best == null || better(s, best, counts)) {
                best = s;
            }
        }
        return best;
    }

    private static boolean better(String a, String b, Map<String, Integer> counts) {
        boolean capsA = allCaps(a);
        boolean capsB = allCaps(b);
        if (capsA != capsB) {
            return capsB;
        }
        int nonAsciiA = nonAscii(a);
        int nonAsciiB = nonAscii(b);
        if (nonAsciiA != nonAsciiB) {
            return nonAsciiA > nonAsciiB;
        }
        return counts.getOrDefault(a, 0) > counts.getOrDefault(b, 0);
    }

    private static int nonAscii(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F && Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean hasTurkishLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("ğĞşŞıİ".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("AEIOUİÖÜÂÎÛYaeiouıöü".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Letters in {@code s}, any script. */
    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
