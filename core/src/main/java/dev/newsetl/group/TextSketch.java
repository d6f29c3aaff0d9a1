package dev.newsetl.group;

import java.util.Arrays;

/**
 * A fixed-size summary of a text's word 3-shingles from which the Jaccard similarity of two texts (shared
 * three-word sequences over the sequences of either) can be estimated without the texts.
 *
 * <p>One-permutation MinHash: each shingle's 64-bit hash (the one {@link SimHash} uses) goes to one of
 * {@value #BINS} bins by its top bits, and each bin keeps the smallest hash it got. Two texts' bins agree with
 * probability equal to their Jaccard similarity. Only the lowest 8 bits of each minimum are kept (b-bit MinHash):
 * 64 bytes a text; chance agreement (1 in 256) is subtracted when estimating. Empty bins (short texts) borrow the
 * next non-empty bin's value, shifted by their distance, so both texts of a pair fill them the same way.
 *
 * <p>{@code anchors}: the {@value #ANCHORS} smallest shingle hashes (their top 32 bits). Two texts with Jaccard
 * similarity {@code J} share at least one anchor unless the first several shingles of their union in hash order all
 * belong to one side, about {@code (1-J)^6}: so the index finds near-duplicate candidates by exact anchor look-ups.
 *
 * @param shingles number of shingles (0 for a text without words)
 */
public record TextSketch(byte[] minhash, int[] anchors, int shingles) {
    public static final int BINS = 64;
    public static final int ANCHORS = 4;
    /** The bins packed eight to a long. */
    static final int WORDS = BINS / 8;

    private static final long LOW_SEVEN = 0x7F7F_7F7F_7F7F_7F7FL;
    /** Below this many shingles a text is too short for the estimate to mean much: only exact copies match. */
    public static final int MIN_SHINGLES = 8;

    static final TextSketch EMPTY = new TextSketch(new byte[BINS], new int[0], 0);

    public TextSketch {
        if (minhash.length != BINS || anchors.length > ANCHORS || shingles < 0) {
            throw new IllegalArgumentException("malformed sketch");
        }
    }

    /** The sketch of a text's word 3-shingles (words folded as {@link SimHash} folds them). */
    public static TextSketch of(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        String folded = SimHash.fold(text);
        SimHash.WordSpans words = SimHash.WordSpans.of(folded);
        if (words.count == 0) {
            return EMPTY;
        }
        long[] min = new long[BINS];
        Arrays.fill(min, Long.MAX_VALUE);
        long[] bottom = new long[ANCHORS];
        Arrays.fill(bottom, -1L); // unsigned max
        int shingleWords = Math.min(SimHash.SHINGLE_WORDS, words.count);
        for (int i = 0; i + shingleWords <= words.count; i++) {
            long h = SimHash.FNV_OFFSET;
            for (int j = i; j < i + shingleWords; j++) {
                if (j > i) {
                    h = SimHash.fnv(h, ' ');
                }
                for (int k = words.starts[j]; k < words.ends[j]; k++) {
                    h = SimHash.fnv(h, folded.charAt(k));
                }
            }
            h = SimHash.finish(h);
            int bin = (int) (h >>> 58);
            long rest = h & 0x03FF_FFFF_FFFF_FFFFL;
            if (rest < min[bin]) {
                min[bin] = rest;
            }
            insertBottom(bottom, h);
        }
        byte[] values = new byte[BINS];
        for (int b = 0; b < BINS; b++) {
            int from = b;
            int distance = 0;
            while (min[from] == Long.MAX_VALUE) {
                from = (from + 1) % BINS;
                distance++;
            }
            values[b] = (byte) (min[from] + distance * 0x9E37L);
        }
        int anchorCount = 0;
        while (anchorCount < ANCHORS && bottom[anchorCount] != -1L) {
            anchorCount++;
        }
        int[] anchors = new int[anchorCount];
        for (int a = 0; a < anchorCount; a++) {
            anchors[a] = (int) (bottom[a] >>> 32);
        }
        return new TextSketch(values, anchors, words.count - shingleWords + 1);
    }

    /** Keeps the smallest distinct hashes (unsigned) in ascending order. */
    private static void insertBottom(long[] bottom, long h) {
        for (int i = 0; i < bottom.length; i++) {
            int c = Long.compareUnsigned(h, bottom[i]);
            if (c == 0) {
                return;
            }
            if (c < 0) {
                System.arraycopy(bottom, i, bottom, i + 1, bottom.length - i - 1);
                bottom[i] = h;
                return;
            }
        }
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double resemblance(TextSketch other) {
        return resemblance(minhash, 0, other.minhash, 0);
    }

    /** The estimate over two sketches held in flat arrays at the given offsets. */
    static double resemblance(byte[] a, int aOffset, byte[] b, int bOffset) {
        int same = 0;
        for (int i = 0; i < BINS; i++) {
            same += a[aOffset + i] == b[bOffset + i] ? 1 : 0;
        }
        return estimate(same);
    }

    /** The bins packed eight to a long, for comparing eight at a time. */
    static long[] words(byte[] minhash) {
        long[] words = new long[WORDS];
        for (int i = 0; i < BINS; i++) {
            words[i >>> 3] |= (minhash[i] & 0xFFL) << (8 * (i & 7));
        }
        return words;
    }

    /** The estimate over two sketches packed by {@link #words}: equal bins are the zero bytes of their xor. */
    static double resemblance(long[] a, int aOffset, long[] b, int bOffset) {
        int same = 0;
        for (int i = 0; i < WORDS; i++) {
            long x = a[aOffset + i] ^ b[bOffset + i];
            // A byte's top bit ends up set exactly when the byte is zero.
            same += Long.bitCount(~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN));
        }
        return estimate(same);
    }

    private static double estimate(int same) {
        double agreement = same / (double) BINS;
        return Math.max(0, (agreement - 1.0 / 256) / (1 - 1.0 / 256));
    }
}
