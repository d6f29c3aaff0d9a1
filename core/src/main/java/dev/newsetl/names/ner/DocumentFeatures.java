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

    private static final String[] CASE_NAMES = {"0", "1", "2", "3"};
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

    /** The features of token {@code i} as strings (training). */
    String[] context(int i, String previousTag, String tagBeforeThat) {
        FeatureSink.Strings out = new FeatureSink.Strings();
        features(i, previousTag, tagBeforeThat, out);
        return out.toArray();
    }

    /** The features of token {@code i}, given the tags of the two tokens before it. */
    void features(int i, String previousTag, String tagBeforeThat, FeatureSink out) {
        String w = folded[i];
        String sh = shapes[i];
        out.add("w=", w);
        out.add("s=", sh);
        out.add("t1=", previousTag);
        out.add("t12=", tagBeforeThat, previousTag);
        out.add("t1s=", previousTag, sh);
        String pw = i > 0 ? folded[i - 1] : "<s>";
        String nw = i + 1 < words.length ? folded[i + 1] : "</s>";
        out.add("pw=", pw);
        out.add("nw=", nw);
        out.add("ps=", i > 0 ? shapes[i - 1] : "<s>");
        out.add("ns=", i + 1 < words.length ? shapes[i + 1] : "</s>");
        out.add("ppw=", i > 1 ? folded[i - 2] : "<s>");
        out.add("nnw=", i + 2 < words.length ? folded[i + 2] : "</s>");
        out.add("pww=", pw, '|', w);
        out.add("wnw=", w, '|', nw);
        int length = w.length();
        if (length > 3) {
            out.add("x3=", w, length - 3, length, FeatureSink.NONE, null);
            out.add("p3=", w, 0, 3, FeatureSink.NONE, null);
        }
        if (length > 4) {
            out.add("x4=", w, length - 4, length, FeatureSink.NONE, null);
        }
        if (sentenceStart[i]) {
            out.add("bos", "");
            out.add("bos", sh);
        }
        if (capsContext[i]) {
            out.add("uc", "");
            out.add("ucw=", w);
        }
        if (capital[i]) {
            out.add("dc=", CASE_NAMES[documentCase[i]]);
        }
        if (i + 1 < words.length && shapes[i + 1].equals("'x")) {
            out.add("apos", "");
        }
        gazetteerFeatures(out, "g", gazetteer[i]);
        if (i > 0) {
            gazetteerFeatures(out, "pg", gazetteer[i - 1] & 0xFF);
        }
        if (i + 1 < words.length) {
            gazetteerFeatures(out, "ng", gazetteer[i + 1] & 0xFF);
        }
    }

    private static void gazetteerFeatures(FeatureSink out, String prefix, int mark) {
        if (mark == 0) {
            return;
        }
        for (int kind = 0; kind < KIND_NAMES.length; kind++) {
            if ((mark & (1 << kind)) != 0) {
                out.add(prefix, "B", KIND_NAMES[kind]);
            }
            if ((mark & (1 << (kind + 8))) != 0) {
                out.add(prefix, "I", KIND_NAMES[kind]);
            }
        }
    }

    /** A word the training text writes in lower case ({@link Gazetteer#LOWER}), seen at a single token. */
    boolean isLowerCaseWord(int i) {
        return (gazetteer[i] & Gazetteer.LOWER) != 0;
    }

    /**
     * An ALL-CAPS word next to another one, looking past apostrophe suffixes ({@code ANKARA'DA KONUŞTU}); wider
     * than the model's {@link #capsContext} feature, which stays as trained.
     */
    boolean isShouted(int i) {
        if (!isCapsWord(shapes[i])) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && shapes[before].equals("'x")) {
            before--;
        }
        int after = i + 1;
        while (after < shapes.length && shapes[after].equals("'x")) {
            after++;
        }
        return (before >= 0 && isCapsWord(shapes[before])) || (after < shapes.length && isCapsWord(shapes[after]));
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
