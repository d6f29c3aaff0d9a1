package dev.newsetl.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds, for each article in article order, an earlier article that is an exact copy (same content SHA-256) or a
 * near-duplicate (SimHash within {@code maxDistance} bits).
 *
 * <p>Not an all-pairs scan: the 64 bits are cut into {@code maxDistance + 1} disjoint bands. Two hashes that differ
 * in at most {@code maxDistance} bits cannot differ in every band (pigeonhole), so they share at least one band
 * exactly; only articles sharing a band value are compared. Per band, a primitive map holds the newest article for
 * each band value and an int array chains each article to the previous one with the same value.
 *
 * <p>Memory per article (maxDistance 3, 4 bands), roughly: 8 bytes simhash, 16 bytes of chain links, up to 4 × 24
 * bytes of band-map entries and 24 of the SHA map, 8 bytes of id (a 16-hex article id is kept as a long): about
 * 150 bytes, so a million articles take about 150 MB. The SHA-256 is kept as a 64-bit hash of its text, not the text: two different contents
 * collide with probability ~2^-64 per pair.
 *
 * <p>Deterministic: the answer depends only on the inputs and their order. When several earlier articles match, the
 * earliest added wins. Not thread-safe: one index per ordered stream of articles.
 */
public final class NearDuplicateIndex {

    private static final int NONE = -1;

    private final int maxDistance;
    private final int[] bandShift;
    private final long[] bandMask;
    private final LongIntMap[] bandHeads;
    private final LongIntMap firstBySha = new LongIntMap();
    private int[][] previousInBand;
    private long[] simhashes;
    // Article ids are 16 hex digits: kept as longs (8 bytes, not a 60-byte String each); any other id, as in tests,
    // goes in a small side map.
    private long[] ids;
    private final java.util.Map<Integer, String> otherIds = new java.util.HashMap<>();
    private int size;

    /** @param maxDistance 0..31: the largest Hamming distance still counted as a near-duplicate */
    public NearDuplicateIndex(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 31) {
            throw new IllegalArgumentException("maxDistance must be 0..31, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
        int bands = maxDistance + 1;
        bandShift = new int[bands];
        bandMask = new long[bands];
        bandHeads = new LongIntMap[bands];
        previousInBand = new int[bands][];
        int shift = 0;
        for (int b = 0; b < bands; b++) {
            // The first (64 % bands) bands take one extra bit.
            int width = 64 / bands + (b < 64 % bands ? 1 : 0);
            bandShift[b] = shift;
            bandMask[b] = width == 64 ? -1L : (1L << width) - 1;
            bandHeads[b] = new LongIntMap();
            previousInBand[b] = new int[16];
            shift += width;
        }
        simhashes = new long[16];
        ids = new long[16];
    }

    /**
     * The id of the earliest-added article whose content SHA-256 equals {@code contentSha256} or whose simhash is
     * within maxDistance bits of {@code simhash}; empty when there is none.
     *
     * @param contentSha256 may be null: then only the simhash is compared
     */
    public Optional<String> firstMatch(long simhash, String contentSha256) {
        int best = Integer.MAX_VALUE;
        if (contentSha256 != null) {
            int same = firstBySha.get(shaKey(contentSha256));
            if (same != LongIntMap.ABSENT) {
                best = same;
            }
        }
        for (int b = 0; b < bandHeads.length; b++) {
            int[] previous = previousInBand[b];
            for (int i = bandHeads[b].get(band(simhash, b)); i != NONE; i = previous[i]) {
                if (i < best && Long.bitCount(simhashes[i] ^ simhash) <= maxDistance) {
                    best = i;
                }
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(idAt(best));
    }

    private String idAt(int index) {
        String other = otherIds.get(index);
        return other != null ? other : String.format("%016x", ids[index]);
    }

    /** Remembers an article; later calls to {@link #firstMatch} can answer with its id. */
    public void add(String articleId, long simhash, String contentSha256) {
        if (articleId == null) {
            throw new IllegalArgumentException("articleId must not be null");
        }
        if (size == ids.length) {
            int capacity = size + (size >> 1); // 1.5x: the copies are the peak of this index's memory
            ids = Arrays.copyOf(ids, capacity);
            simhashes = Arrays.copyOf(simhashes, capacity);
            for (int b = 0; b < previousInBand.length; b++) {
                previousInBand[b] = Arrays.copyOf(previousInBand[b], capacity);
            }
        }
        int index = size++;
        if (articleId.length() == 16 && articleId.chars().allMatch(c -> Character.digit(c, 16) >= 0
                && !Character.isUpperCase(c))) {
            ids[index] = Long.parseUnsignedLong(articleId, 16);
        } else {
            otherIds.put(index, articleId);
        }
        simhashes[index] = simhash;
        for (int b = 0; b < bandHeads.length; b++) {
            int previous = bandHeads[b].put(band(simhash, b), index);
            previousInBand[b][index] = previous == LongIntMap.ABSENT ? NONE : previous;
        }
        if (contentSha256 != null && firstBySha.get(shaKey(contentSha256)) == LongIntMap.ABSENT) {
            firstBySha.put(shaKey(contentSha256), index);
        }
    }

    /** Number of articles added. */
    public int size() {
        return size;
    }

    private long band(long simhash, int b) {
        return (simhash >>> bandShift[b]) & bandMask[b];
    }

    private static long shaKey(String sha) {
        return SimHash.hash(sha);
    }
}
