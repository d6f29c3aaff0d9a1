package dev.newsetl.names.ner;

import dev.newsetl.names.TurkishFolding;

import java.util.HashMap;
import java.util.Map;

/**
 * The features of every token of one document, computed once; {@link #context(int, String, String)} gives the
 * strings the maximum-entropy model scores for a token, given the tags already chosen for the two before it.
 * Training builds the same object from gold tokens, so the model sees at run time exactly what it learnt from.
 */
final class DocumentFeatures {

    /** Words longer than this are cut for the word features: a huge token must not make huge strings. */
    private static final int MAX_WORD = 30;
    private static final String[] KIND_NAMES = {"city", "cty", "gen", "gtr", "ptr", "otr", "prp"};

    private static final int SEEN_LOWER = 1;
    private static final int SEEN_CAPITAL = 2;

    final String[] words;
    final String[] folded;
    final String[] shapes;
    final boolean[] capital;
    final boolean[] sentenceStart;
    final boolean[] capsContext;
    final int[] gazetteer;
    private final int[] documentCase;

    DocumentFeatures(String[] words, boolean[] sentenceStart, Gazetteer gazetteer) {
        int n = words.length;
        this.words = words;
        this.sentenceStart = sentenceStart;
        folded = new String[n];
        shapes = new String[n];
        capital = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = words[i].length() > MAX_WORD ? words[i].substring(0, MAX_WORD) : words[i];
            folded[i] = TurkishFolding.fold(w);
            shapes[i] = shape(w);
            capital[i] = hasUpperCase(w);
        }
        capsContext = new boolean[n];
        for (int i = 0; i < n; i++) {
            capsContext[i] = isCapsWord(shapes[i])
                    && ((i > 0 && isCapsWord(shapes[i - 1])) || (i + 1 < n && isCapsWord(shapes[i + 1])));
        }
        Map<String, Integer> seen = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            char first = words[i].charAt(0);
            if (Character.isLowerCase(first)) {
                seen.merge(folded[i], SEEN_LOWER, (a, b) -> a | b);
            } else if (capital[i] && !sentenceStart[i] && !capsContext[i]) {
                seen.merge(folded[i], SEEN_CAPITAL, (a, b) -> a | b);
            }
        }
        documentCase = new int[n];
        for (int i = 0; i < n; i++) {
            if (capital[i]) {
                documentCase[i] = seen.getOrDefault(folded[i], 0);
            }
        }
        this.gazetteer = gazetteer.mark(folded, capital);
    }

    int size() {
        return words.length;
    }

    String[] context(int i, String previousTag, String tagBeforeThat) {
        String[] out = new String[40];
        int k = 0;
        String w = folded[i];
        String sh = shapes[i];
        out[k++] = "w=" + w;
        out[k++] = "s=" + sh;
        out[k++] = "t1=" + previousTag;
        out[k++] = "t12=" + tagBeforeThat + previousTag;
        out[k++] = "t1s=" + previousTag + sh;
        String pw = i > 0 ? folded[i - 1] : "<s>";
        String nw = i + 1 < words.length ? folded[i + 1] : "</s>";
        out[k++] = "pw=" + pw;
        out[k++] = "nw=" + nw;
        out[k++] = "ps=" + (i > 0 ? shapes[i - 1] : "<s>");
        out[k++] = "ns=" + (i + 1 < words.length ? shapes[i + 1] : "</s>");
        out[k++] = "ppw=" + (i > 1 ? folded[i - 2] : "<s>");
        out[k++] = "nnw=" + (i + 2 < words.length ? folded[i + 2] : "</s>");
        out[k++] = "pww=" + pw + '|' + w;
        out[k++] = "wnw=" + w + '|' + nw;
        if (w.length() > 3) {
            out[k++] = "x3=" + w.substring(w.length() - 3);
            out[k++] = "p3=" + w.substring(0, 3);
        }
        if (w.length() > 4) {
            out[k++] = "x4=" + w.substring(w.length() - 4);
        }
        if (sentenceStart[i]) {
            out[k++] = "bos";
            out[k++] = "bos" + sh;
        }
        if (capsContext[i]) {
            out[k++] = "uc";
            out[k++] = "ucw=" + w;
        }
        if (capital[i]) {
            out[k++] = "dc=" + documentCase[i];
        }
        if (i + 1 < words.length && shapes[i + 1].equals("'x")) {
            out[k++] = "apos";
        }
        k = gazetteerFeatures(out, k, "g", gazetteer[i]);
        if (i > 0) {
            k = gazetteerFeatures(out, k, "pg", gazetteer[i - 1] & 0xFF);
        }
        if (i + 1 < words.length) {
            k = gazetteerFeatures(out, k, "ng", gazetteer[i + 1] & 0xFF);
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    private static int gazetteerFeatures(String[] out, int k, String prefix, int mark) {
        if (mark == 0) {
            return k;
        }
        for (int kind = 0; kind < KIND_NAMES.length && k < out.length - 1; kind++) {
            if ((mark & (1 << kind)) != 0) {
                out[k++] = prefix + "B" + KIND_NAMES[kind];
            }
            if ((mark & (1 << (kind + 8))) != 0) {
                out[k++] = prefix + "I" + KIND_NAMES[kind];
            }
        }
        return k;
    }

    private static boolean isCapsWord(String shape) {
        return shape.startsWith("XX");
    }

    private static boolean hasUpperCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** A coarse class of the token's letter case and characters: Xx, XX, x, xX, d, X., punctuation itself... */
    static String shape(String w) {
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int other = 0;
        boolean hyphen = false;
        boolean dot = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isDigit(c)) {
                digit++;
            } else if (Character.isLetter(c)) {
                lower++; // caseless scripts
            } else {
                other++;
                hyphen |= c == '-';
                dot |= c == '.';
            }
        }
        char first = w.charAt(0);
        String base;
        if (NameTokenizer.isApostrophe(first) && w.length() > 1) {
            return "'x";
        } else if (upper + lower + digit == 0) {
            return w.length() == 1 ? punctuation(first) : "p";
        } else if (digit > 0) {
            base = upper + lower == 0 ? (other == 0 ? (digit == 4 ? "dddd" : "d") : "d.") : "dx";
        } else if (upper > 0 && lower == 0) {
            base = upper == 1 ? "X" : "XX";
        } else if (upper == 0) {
            base = "x";
        } else if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            base = upper == 1 ? "Xx" : "XxX";
        } else {
            base = "xX";
        }
        if (hyphen) {
            return base + "-";
        }
        return dot ? base + "." : base;
    }

    private static String punctuation(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> "\"";
            case '(', '[', '{' -> "(";
            case ')', ']', '}' -> ")";
            case '.', '!', '?', ',', ':', ';', '-', '/', '&', '%', '$' -> String.valueOf(c);
            case '\u2013', '\u2014' -> "-";
            default -> "p";
        };
    }
}
