package dev.newsetl.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash (Charikar) of a text over 3-word shingles.
 *
 * <p>Words are folded before shingling: NFKD, combining marks dropped, lower-cased with {@link Locale#ROOT}, dotless
 * {@code ı} to {@code i}; anything that is not a letter or digit separates words. So whitespace, punctuation, quote
 * style and Turkish/ASCII spellings ({@code Kalın}/{@code Kalin}) do not change the hash. Each shingle is hashed with
 * 64-bit FNV-1a over its chars followed by the MurmurHash3 finalizer (FNV alone mixes the high bits poorly).
 *
 * <p>Threshold: {@link #NEAR_DUPLICATE_DISTANCE} (3 bits of 64). Whitespace or punctuation changes give distance 0;
 * for a changed headline the distance grows with the fraction of shingles that changed, so hash the body (or title
 * plus a body of a few hundred words): a 10-word headline change on a ~600-word article stays within 3 in the tests.
 * Unrelated articles sit near 32 (half the bits).
 */
public final class SimHash {

    /** Hamming distance at or below which two texts are treated as near-duplicates. */
    public static final int NEAR_DUPLICATE_DISTANCE = 3;

    static final int SHINGLE_WORDS = 3;

    private SimHash() {}

    /** The SimHash of the text; 0 for a text with no words. */
    public static long of(String text) {
        if (text == null || text.isEmpty()) {
            return 0L;
        }
        // Words are spans of the folded text; each shingle is hashed straight from the spans, as if its words were
        // joined by single spaces, without building a string per word or shingle (this ran for every article).
        String folded = fold(text);
        WordSpans words = WordSpans.of(folded);
        if (words.count == 0) {
            return 0L;
        }
        BitTally votes = new BitTally();
        int shingleWords = Math.min(SHINGLE_WORDS, words.count);
        for (int i = 0; i + shingleWords <= words.count; i++) {
            long h = FNV_OFFSET;
            for (int j = i; j < i + shingleWords; j++) {
                if (j > i) {
                    h = fnv(h, ' ');
                }
                for (int k = words.starts[j]; k < words.ends[j]; k++) {
                    h = fnv(h, folded.charAt(k));
                }
            }
            votes.add(finish(h));
        }
        return votes.majority();
    }

    /** Where the words of a folded text start and end: runs of letters and digits. */
    static final class WordSpans {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count;

        static WordSpans of(String folded) {
            WordSpans spans = new WordSpans();
            int start = -1;
            for (int i = 0; i < folded.length(); ) {
                int cp = folded.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    if (start < 0) {
                        start = i;
                    }
                } else if (start >= 0) {
                    spans.add(start, i);
                    start = -1;
                }
                i += Character.charCount(cp);
            }
            if (start >= 0) {
                spans.add(start, folded.length());
            }
            return spans;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = end;
        }
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * For each of the 64 bit positions, how many added hashes have it set. Counts are kept eight to a long, one byte
     * each (flushed to ints before a byte can overflow), so adding a hash is eight table look-ups and additions
     * instead of 64 per-bit updates; this ran for every shingle of every article.
     */
    private static final class BitTally {
        /** A byte value spread out: byte {@code b} of the result is bit {@code b} of the value. */
        private static final long[] SPREAD = new long[256];

        static {
            for (int v = 0; v < 256; v++) {
                long spread = 0;
                for (int b = 0; b < 8; b++) {
                    spread |= (long) ((v >>> b) & 1) << (8 * b);
                }
                SPREAD[v] = spread;
            }
        }

        private final long[] lanes = new long[8];
        private final int[] ones = new int[64];
        private int pending;
        private int total;

        void add(long hash) {
            for (int k = 0; k < 8; k++) {
                lanes[k] += SPREAD[(int) (hash >>> (8 * k)) & 0xFF];
            }
            total++;
            if (++pending == 255) {
                flush();
            }
        }

        private void flush() {
            for (int k = 0; k < 8; k++) {
                for (int b = 0; b < 8; b++) {
                    ones[8 * k + b] += (int) ((lanes[k] >>> (8 * b)) & 0xFF);
                }
                lanes[k] = 0;
            }
            pending = 0;
        }

        /** The bits set in more than half of the hashes: each hash votes +1 for its ones and -1 for its zeros. */
        long majority() {
            flush();
            long result = 0L;
            for (int bit = 0; bit < 64; bit++) {
                if (2 * ones[bit] > total) {
                    result |= 1L << bit;
                }
            }
            return result;
        }
    }

    /** Folded words in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    static String fold(String text) {
        // NFKD changes nothing in ASCII text and ASCII has no marks to drop: skip the normalizer for it.
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            // NFKD leaves dotless ı alone; ROOT lower-casing leaves it too.
            out.append(c == '\u0131' ? 'i' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a 64 over UTF-16 chars, then the MurmurHash3 fmix64 finalizer for avalanche. */
    static long hash(CharSequence s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = fnv(h, s.charAt(i));
        }
        return finish(h);
    }

    static long fnv(long h, char c) {
        return (h ^ c) * 0x100000001b3L;
    }

    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
