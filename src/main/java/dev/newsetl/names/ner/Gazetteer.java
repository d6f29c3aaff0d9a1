package dev.newsetl.names.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Phrase lists (cities, countries, given names, Turkish places and organizations), keyed by the folded tokens of
 * each phrase joined by one space. Every proper prefix of a phrase is stored too (flag {@link #PREFIX}), so the
 * longest match at a token stops after one failed lookup.
 */
final class Gazetteer {

    /**
     * The lists, one bit each (at most 8). LOWER is not a list of names: it is the words the training text writes
     * in lower case (derived from the training splits), what an ALL-CAPS headline word most likely is; it is no
     * model feature (it made the English model worse on CoNLL dev), only the ALL-CAPS filter's word list.
     */
    enum Kind {
        CITY, COUNTRY, GIVEN_EN, GIVEN_TR, PLACE_TR, ORG_TR, PROPER_TR, LOWER
    }

    static final int LOWER = 1 << Kind.LOWER.ordinal();

    static final int PREFIX = 1 << 30;
    static final int MAX_TOKENS = 8;

    private final Map<String, Integer> phrases;

    Gazetteer(Map<String, Integer> phrases) {
        this.phrases = phrases;
    }

    static Gazetteer empty() {
        return new Gazetteer(Map.of());
    }

    /** Reads the gzipped {@code phrase<TAB>kind,kind} lines the training command writes. */
    static Gazetteer read(InputStream in) throws IOException {
        Map<String, Integer> phrases = new HashMap<>(1 << 19);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IOException("bad lexicon line: " + line);
                }
                int mask = 0;
                for (String kind : line.substring(tab + 1).split(",")) {
                    mask |= 1 << Kind.valueOf(kind).ordinal();
                }
                add(phrases, line.substring(0, tab), mask);
            }
        }
        return new Gazetteer(phrases);
    }

    static void add(Map<String, Integer> phrases, String key, int mask) {
        phrases.merge(key, mask, (a, b) -> a | b);
        for (int at = key.lastIndexOf(' '); at > 0; at = key.lastIndexOf(' ', at - 1)) {
            phrases.merge(key.substring(0, at), PREFIX, (a, b) -> a | b);
        }
    }

    /**
     * For each token, the kinds of the longest phrase starting there (low byte) and the kinds of phrases covering it
     * from an earlier start (second byte). Only tokens flagged in {@code starts} are tried as starts.
     */
    int[] mark(String[] folded, boolean[] starts) {
        int[] marks = new int[folded.length];
        if (phrases.isEmpty()) {
            return marks;
        }
        StringBuilder key = new StringBuilder(64);
        for (int i = 0; i < folded.length; i++) {
            if (!starts[i]) {
                continue;
            }
            key.setLength(0);
            int bestMask = 0;
            int bestLength = 0;
            for (int k = i; k < folded.length && k - i < MAX_TOKENS; k++) {
                if (k > i) {
                    key.append(' ');
                }
                key.append(folded[k]);
                Integer found = phrases.get(key.toString());
                if (found == null) {
                    break;
                }
                int kinds = found & ~PREFIX;
                if (kinds != 0) {
                    bestMask = kinds;
                    bestLength = k - i + 1;
                }
            }
            if (bestLength > 0) {
                marks[i] |= bestMask & 0xFF;
                for (int k = i + 1; k < i + bestLength; k++) {
                    marks[k] |= (bestMask & 0xFF) << 8;
                }
            }
        }
        return marks;
    }

    int size() {
        return phrases.size();
    }
}
