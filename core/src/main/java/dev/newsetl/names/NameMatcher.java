package dev.newsetl.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds dictionary names in text: non-overlapping, in text order, leftmost-longest ({@code Rafah border crossing}
 * over {@code Rafah}, {@code Recep Tayyip Erdoğan} over {@code Erdoğan}).
 *
 * <p>One trie over folded chars, walked from each word start; no regular expressions, so the cost grows with the
 * text and the length of the longest name, not with the number of names. Rules:
 * <ul>
 *   <li>A name starts at a word start and, when it ends in a letter or digit, must not run on into a letter or digit:
 *       {@code Israeli} is not {@code Israel}. A possessive or suffix after an apostrophe ({@code Erdoğan’s},
 *       {@code Türkiye'nin}, {@code Hamas'}) and a hyphenated compound ({@code Kalın-led}, {@code then-Hamas})
 *       are fine and stay outside the match.</li>
 *   <li>Case and diacritics are folded ({@link TurkishFolding}); a case-insensitive alias written with a capital
 *       still needs a capital in the text ({@code turkey dinner} is not {@code Turkey}; {@code TURKEY} is).</li>
 *   <li>A case-sensitive alias ({@code =MIT}) needs each letter's case as written; diacritics are still folded, so
 *       {@code =MIT} also matches {@code MİT} but not {@code Mit}.</li>
 *   <li>Runs of spaces or tabs inside a name count as one space; a line break ends any name.</li>
 * </ul>
 * Immutable after construction and safe to share between threads.
 */
public final class NameMatcher {

    private final NameTrie trie;

    public NameMatcher(AliasDictionary dict) {
        this.trie = new NameTrie(dict.aliases());
    }

    /** The names in {@code text}, in text order, not overlapping. */
    public List<NameMatch> find(String text) {
        List<NameMatch> out = new ArrayList<>();
        int[] path = new int[Math.max(1, trie.maxDepth())];
        int n = text.length();
        boolean inWord = false;
        int i = 0;
        while (i < n) {
            byte kind = TurkishFolding.kind(text.charAt(i));
            if (kind == TurkishFolding.WORD && !inWord) {
                int end = matchAt(text, i, path, out);
                if (end > 0) {
                    i = end;
                    byte last = TurkishFolding.kind(text.charAt(end - 1));
                    inWord = last == TurkishFolding.WORD || last == TurkishFolding.MARK;
                    continue;
                }
            }
            inWord = kind == TurkishFolding.WORD || kind == TurkishFolding.MARK;
            i++;
        }
        return out;
    }

    /** Walks the trie from word start {@code s}; adds the longest acceptable match and returns its end, or -1. */
    private int matchAt(String text, int s, int[] path, List<NameMatch> out) {
        char first = text.charAt(s);
        int node = trie.rootChild(TurkishFolding.fold(first));
        if (node == 0 || (!trie.lowerStart(node) && !TurkishFolding.isCapital(first))) {
            return -1; // the common case: a word no name starts like, or a lower-case word
        }
        int n = text.length();
        int depth = 0;
        path[depth++] = s;
        char prevFolded = TurkishFolding.fold(first);
        int bestEnd = -1;
        NameTrie.Target best = null;
        int j = s + 1;
        while (true) {
            // Combining marks belong to the letter before them: inside the match. After a dot or a space they
            // combine with nothing of the name and stay outside it, or rewriting would delete them.
            while (j < n
                    && TurkishFolding.kind(text.charAt(j)) == TurkishFolding.MARK
                    && TurkishFolding.kind(text.charAt(j - 1)) != TurkishFolding.OTHER
                    && TurkishFolding.kind(text.charAt(j - 1)) != TurkishFolding.SPACE) {
                j++;
            }
            NameTrie.Target t = trie.target(node);
            if (t != null && endsWell(text, path[depth - 1], j) && accepts(t, text, path, depth)) {
                bestEnd = j;
                best = t;
            }
            if (depth == path.length) {
                break;
            }
            while (j < n && prevFolded == ' ' && TurkishFolding.kind(text.charAt(j)) == TurkishFolding.SPACE) {
                j++;
            }
            if (j >= n) {
                break;
            }
            char folded = TurkishFolding.fold(text.charAt(j));
            int next = trie.child(node, folded);
            if (next == 0) {
                break;
            }
            node = next;
            path[depth++] = j;
            prevFolded = folded;
            j++;
        }
        if (best == null) {
            return -1;
        }
        out.add(new NameMatch(s, bestEnd, best.entity, best.canonicalForm, best.ambiguous));
        return bestEnd;
    }

    /** A name ending in a letter or digit must not be followed by one: the word would go on. */
    private static boolean endsWell(String text, int lastChar, int end) {
        return end == text.length()
                || TurkishFolding.kind(text.charAt(lastChar)) != TurkishFolding.WORD
                || TurkishFolding.kind(text.charAt(end)) != TurkishFolding.WORD;
    }

    private static boolean accepts(NameTrie.Target t, String text, int[] path, int depth) {
        if (t.anyCase && (!t.wantsCapital || TurkishFolding.isCapital(text.charAt(path[0])))) {
            return true;
        }
        for (char[] form : t.exact) {
            if (sameCase(form, text, path, depth)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCase(char[] form, String text, int[] path, int depth) {
        for (int k = 0; k < depth; k++) {
            char a = form[k];
            if (Character.isLetter(a)
                    && TurkishFolding.isCapital(a) != TurkishFolding.isCapital(text.charAt(path[k]))) {
                return false;
            }
        }
        return true;
    }
}
