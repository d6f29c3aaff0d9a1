package dev.newsetl.names.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Phrase lists (cities, countries, given names, Turkish places and organizations), keyed by the folded tokens of
 * each phrase joined by one space. Every proper prefix of a phrase is stored too (flag {@link #PREFIX}), so the
 * longest match at a token stops after one failed lookup. Keys are kept as {@link Fnv64} hashes in an
 * open-addressing table: no string per phrase in memory, and a lookup hashes the document's tokens in place.
 */
final class Gazetteer {

    /**
     * The lists, one bit each (at most 8). LOWER is not a list of names: it is the words the training text writes
     * in lower case (derived from the training splits), what an ALL-CAPS headline word most likely is; it is no
     * model feature (it made the English model worse on CoNLL dev), only the ALL-CAPS filter's word list.
     */
    enum Kind {
        CITY,
        COUNTRY,
        GIVEN_EN,
        GIVEN_TR,
        PLACE_TR,
        ORG_TR,
        PROPER_TR,
        LOWER
    }

    static final int LOWER = 1 << Kind.LOWER.ordinal();
    static final int PREFIX = 1 << 30;
    static final int MAX_TOKENS = 8;
    private static final Kind[] KINDS = Kind.values();

    private long[] keys = new long[1 << 10];
    private int[] masks = new int[1 << 10];
    private int size;

    private Gazetteer() {}

    static Gazetteer empty() {
        return new Gazetteer();
    }

    /** Reads the gzipped {@code phrase<TAB>KIND,KIND} lines the training command writes. */
    static Gazetteer read(InputStream in) throws IOException {
        Gazetteer g = new Gazetteer();
        g.keys = new long[1 << 19];
        g.masks = new int[1 << 19];
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IOException("bad lexicon line: " + line);
                }
                g.addPhrase(line, tab, kinds(line, tab + 1));
            }
        }
        return g;
    }

    private static int kinds(String line, int from) throws IOException {
        int mask = 0;
        int start = from;
        for (int i = from; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                mask |= 1 << kindOrdinal(line, start, i);
                start = i + 1;
            }
        }
        return mask;
    }

    private static int kindOrdinal(String line, int from, int to) throws IOException {
        for (Kind k : KINDS) {
            if (k.name().length() == to - from && line.startsWith(k.name(), from)) {
                return k.ordinal();
            }
        }
        throw new IOException("bad lexicon kind: " + line.substring(from, to));
    }

    private void addPhrase(String phrase, int end, int mask) {
        long h = Fnv64.START;
        for (int i = 0; i < end; i++) {
            char c = phrase.charAt(i);
            if (c == ' ' && i > 0) {
                put(Fnv64.key(h), PREFIX);
            }
            h = Fnv64.feed(h, c);
        }
        put(Fnv64.key(h), mask);
    }

    private void put(long key, int mask) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int m = keys.length - 1;
        int slot = Fnv64.slot(key, m);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & m;
        }
        if (keys[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        masks[slot] |= mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldMasks = masks;
        keys = new long[oldKeys.length * 2];
        masks = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldMasks[i]);
            }
        }
    }

    private int get(long key) {
        int m = keys.length - 1;
        int slot = Fnv64.slot(key, m);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return masks[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & m;
        }
    }

    /**
     * For each token, the kinds of the longest phrase starting there (low byte) and the kinds of phrases covering it
     * from an earlier start (second byte). Only tokens flagged in {@code starts} are tried as starts.
     */
    int[] mark(String[] folded, boolean[] starts) {
        int[] marks = new int[folded.length];
        if (size == 0) {
            return marks;
        }
        for (int i = 0; i < folded.length; i++) {
            if (!starts[i]) {
                continue;
            }
            long h = Fnv64.START;
            int bestMask = 0;
            int bestLength = 0;
            for (int k = i; k < folded.length && k - i < MAX_TOKENS; k++) {
                if (k > i) {
                    h = Fnv64.feed(h, ' ');
                }
                h = Fnv64.feed(h, folded[k], 0, folded[k].length());
                int found = get(Fnv64.key(h));
                if (found == 0) {
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
        return size;
    }
}
