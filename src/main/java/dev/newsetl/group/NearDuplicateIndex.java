package dev.newsetl.group;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds, for each article in article order, an earlier article that is an exact copy (same content SHA-256) or a
 * near-duplicate (SimHash within {@code maxDistance} bits).
 *
 * <p>Not an all-pairs scan: the 64 bits are cut into {@code maxDistance + 1} disjoint bands. Two hashes that differ
 * in at most {@code maxDistance} bits cannot differ in every band (pigeonhole), so they share at least one band
 * exactly; only articles sharing a band value are compared. Per band, a primitive map gives each band value a bucket:
 * one contiguous array of (simhash, article number) pairs in the order added. Scanning a bucket is sequential memory,
 * not a pointer chase with a cache miss per candidate, and stops at its first match, which is the bucket's earliest.
 *
 * <p>Memory per article (maxDistance 3, 4 bands), roughly: 4 × 16 bytes of bucket entries (plus the arrays' growth
 * slack), 8 bytes of id (a 16-hex article id is kept as a long) and 24 of the SHA map: about 120 bytes, so a million
 * articles take about 120 MB. Buckets grow with the run, so the candidates per article do too, slowly: about 40 at
 * 200,000 articles of the benchmark corpus. The SHA-256 is kept as a 64-bit hash of its text, not the text: two
 * different contents collide with probability ~2^-64 per pair.
 *
 * <p>Deterministic: the answer depends only on the inputs and their order. When several earlier articles match, the
 * earliest added wins. Not thread-safe: one index per ordered stream of articles.
 */
public final class NearDuplicateIndex {

    private final int maxDistance;
    private final int[] bandShift;
    private final long[] bandMask;
    private final Band[] bands;
    private final LongIntMap firstBySha = new LongIntMap();
    // Article ids are 16 hex digits: kept as longs (8 bytes, not a 60-byte String each); any other id, as in tests,
    // goes in a small side map.
    private long[] ids;
    private final java.util.Map<Integer, String> otherIds = new java.util.HashMap<>();
    private int size;

    /** One band's buckets: band value → bucket number → packed (simhash, article number) pairs. */
    private static final class Band {
        final LongIntMap bucketOf = new LongIntMap();
        long[][] buckets = new long[16][];
        int[] lengths = new int[16];
        int count;

        /**
         * The earliest article under this band value within {@code maxDistance} bits of {@code simhash}, if earlier
         * than {@code best}; else {@code best}. Entries are in the order added, so the first match is the bucket's
         * earliest, and once past {@code best} none can win.
         */
        int earliestMatch(long value, long simhash, int maxDistance, int best) {
            int b = bucketOf.get(value);
            if (b == LongIntMap.ABSENT) {
                return best;
            }
            long[] entries = buckets[b];
            for (int k = 0, length = lengths[b]; k < length; k += 2) {
                int article = (int) entries[k + 1];
                if (article >= best) {
                    return best;
                }
                if (Long.bitCount(entries[k] ^ simhash) <= maxDistance) {
                    return article;
                }
            }
            return best;
        }

        void add(long value, long simhash, int article) {
            int b = bucketOf.get(value);
            if (b == LongIntMap.ABSENT) {
                if (count == buckets.length) {
                    buckets = Arrays.copyOf(buckets, count * 2);
                    lengths = Arrays.copyOf(lengths, count * 2);
                }
                b = count++;
                bucketOf.put(value, b);
                buckets[b] = new long[4];
            }
            long[] entries = buckets[b];
            if (lengths[b] + 2 > entries.length) {
                entries = buckets[b] = Arrays.copyOf(entries, entries.length + (entries.length >> 1) + 2);
            }
            entries[lengths[b]++] = simhash;
            entries[lengths[b]++] = article;
        }
    }

    /** @param maxDistance 0..31: the largest Hamming distance still counted as a near-duplicate */
    public NearDuplicateIndex(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 31) {
            throw new IllegalArgumentException("maxDistance must be 0..31, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
        int count = maxDistance + 1;
        bandShift = new int[count];
        bandMask = new long[count];
        bands = new Band[count];
        int shift = 0;
        for (int b = 0; b < count; b++) {
            // The first (64 % bands) bands take one extra bit.
            int width = 64 / count + (b < 64 % count ? 1 : 0);
            bandShift[b] = shift;
            bandMask[b] = width == 64 ? -1L : (1L << width) - 1;
            bands[b] = new Band();
            shift += width;
        }
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
        for (int b = 0; b < bands.length; b++) {
            best = bands[b].earliestMatch(band(simhash, b), simhash, maxDistance, best);
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
            ids = Arrays.copyOf(ids, size + (size >> 1)); // 1.5x: the copy is the peak of this array's memory
        }
        int index = size++;
        if (articleId.length() == 16 && articleId.chars().allMatch(c -> Character.digit(c, 16) >= 0
                && !Character.isUpperCase(c))) {
            ids[index] = Long.parseUnsignedLong(articleId, 16);
        } else {
            otherIds.put(index, articleId);
        }
        for (int b = 0; b < bands.length; b++) {
            bands[b].add(band(simhash, b), simhash, index);
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
