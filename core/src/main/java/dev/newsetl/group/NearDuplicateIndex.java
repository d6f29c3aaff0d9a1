package dev.newsetl.group;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds, for each article in article order, the earliest earlier article that is an exact copy (same content
 * SHA-256) or a near-duplicate: estimated Jaccard similarity of their word 3-shingles at least
 * {@code minResemblance} ({@link TextSketch}).
 *
 * <p>Not an all-pairs scan: every article is filed under its {@value TextSketch#ANCHORS} anchors (smallest shingle
 * hashes) in one open-addressing table of (anchor, article number) pairs; a new article is compared only with the
 * articles filed under one of its anchors, and the comparison is the 64-byte sketch, kept in one flat array. An
 * anchor shared by more than {@value #MAX_PER_ANCHOR} articles (boilerplate such as a sign-off) stops taking new
 * ones, so a look-up costs at most that many comparisons per anchor.
 *
 * <p>Memory per article: 8 bytes of id (a 16-hex article id kept as a long), 8 of content hash, 64 of sketch and
 * about 4 × 8 / 0.6 of anchor table: about 135 bytes, so a million articles take about 135 MB.
 *
 * <p>Deterministic: the answer depends only on the inputs and their order; of several matches the earliest added
 * wins. Not thread-safe: one index per ordered stream of articles.
 */
public final class NearDuplicateIndex {
    /** The documented rule: at least half of the two texts' distinct three-word sequences are shared. */
    public static final double DEFAULT_MIN_RESEMBLANCE = 0.5;

    static final int MAX_PER_ANCHOR = 32;
    private static final int EMPTY_SLOT = -1;
    private static final double MAX_LOAD = 0.6;

    private final double minResemblance;
    private long[] ids = new long[16];
    private final Map<Integer, String> otherIds = new HashMap<>();
    private long[] shaKeys = new long[16];
    /** The sketches, {@value TextSketch#WORDS} longs (eight bins each) an article, compared eight bins at a time. */
    private long[] sketches = new long[16 * TextSketch.WORDS];

    private boolean[] comparable = new boolean[16];
    private int[] slotKeys = new int[64];
    private int[] slotArticles = filled(64);
    private int filledSlots;
    private int size;

    public NearDuplicateIndex() {
        this(DEFAULT_MIN_RESEMBLANCE);
    }

    /** @param minResemblance 0 (exclusive) .. 1: the estimated Jaccard similarity at which texts are near-duplicates */
    public NearDuplicateIndex(double minResemblance) {
        if (!(minResemblance > 0 && minResemblance <= 1)) {
            throw new IllegalArgumentException("minResemblance must be in (0, 1], got " + minResemblance);
        }
        this.minResemblance = minResemblance;
    }

    /**
     * The number of the earliest-added article that is an exact copy or a near-duplicate, or -1 when none.
     *
     * @param contentSha256 may be null: then only the sketch is compared
     */
    public int firstMatch(TextSketch sketch, String contentSha256) {
        long sha = contentSha256 == null ? 0 : shaKey(contentSha256);
        boolean sketched = sketch.shingles() >= TextSketch.MIN_SHINGLES;
        long[] words = TextSketch.words(sketch.minhash());
        int best = Integer.MAX_VALUE;
        for (int key : keys(sketch, sha)) {
            int mask = slotKeys.length - 1;
            for (int slot = slot(key, mask); slotArticles[slot] != EMPTY_SLOT; slot = (slot + 1) & mask) {
                int article = slotArticles[slot];
                if (slotKeys[slot] != key || article >= best) {
                    continue;
                }
                boolean same = contentSha256 != null && shaKeys[article] == sha;
                if (same
                        || sketched
                                && comparable[article]
                                && TextSketch.resemblance(words, 0, sketches, article * TextSketch.WORDS)
                                        >= minResemblance) {
                    best = article;
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /** The id of the earliest-added matching article; null when none. */
    public String firstMatchId(TextSketch sketch, String contentSha256) {
        int match = firstMatch(sketch, contentSha256);
        return match < 0 ? null : idAt(match);
    }

    /** Remembers an article and returns its number (0, 1, ... in the order added). */
    public int add(String articleId, TextSketch sketch, String contentSha256) {
        if (articleId == null) {
            throw new IllegalArgumentException("articleId must not be null");
        }
        if (size == ids.length) {
            int grown = size + (size >> 1);
            ids = Arrays.copyOf(ids, grown);
            shaKeys = Arrays.copyOf(shaKeys, grown);
            comparable = Arrays.copyOf(comparable, grown);
            sketches = Arrays.copyOf(sketches, grown * TextSketch.WORDS);
        }
        int index = size++;
        if (articleId.length() == 16
                && articleId.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))) {
            ids[index] = Long.parseUnsignedLong(articleId, 16);
        } else {
            otherIds.put(index, articleId);
        }
        long sha = contentSha256 == null ? 0 : shaKey(contentSha256);
        shaKeys[index] = sha;
        comparable[index] = sketch.shingles() >= TextSketch.MIN_SHINGLES;
        System.arraycopy(TextSketch.words(sketch.minhash()), 0, sketches, index * TextSketch.WORDS, TextSketch.WORDS);
        for (int key : keys(sketch, sha)) {
            file(key, index);
        }
        return index;
    }

    public String idAt(int index) {
        String other = otherIds.get(index);
        return other != null ? other : String.format("%016x", ids[index]);
    }

    /** Number of articles added. */
    public int size() {
        return size;
    }

    /** The anchors, and the content hash so that exact copies of texts too short for anchors still meet. */
    private static int[] keys(TextSketch sketch, long sha) {
        int[] keys = Arrays.copyOf(sketch.anchors(), sketch.anchors().length + 1);
        keys[keys.length - 1] = (int) (sha >>> 32) ^ (int) sha ^ 0x5bd1e995;
        return keys;
    }

    private void file(int key, int article) {
        if (filledSlots + 1 > slotKeys.length * MAX_LOAD) {
            grow();
        }
        int mask = slotKeys.length - 1;
        int already = 0;
        int slot = slot(key, mask);
        for (; slotArticles[slot] != EMPTY_SLOT; slot = (slot + 1) & mask) {
            if (slotKeys[slot] == key && ++already >= MAX_PER_ANCHOR) {
                return;
            }
        }
        slotKeys[slot] = key;
        slotArticles[slot] = article;
        filledSlots++;
    }

    private void grow() {
        int[] oldKeys = slotKeys;
        int[] oldArticles = slotArticles;
        slotKeys = new int[oldKeys.length * 2];
        slotArticles = filled(oldKeys.length * 2);
        int mask = slotKeys.length - 1;
        // Re-filing in slot order would reorder a key's entries; entries carry their article number, and a look-up
        // compares numbers, so the answer does not depend on where an entry sits.
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldArticles[i] != EMPTY_SLOT) {
                int slot = slot(oldKeys[i], mask);
                while (slotArticles[slot] != EMPTY_SLOT) {
                    slot = (slot + 1) & mask;
                }
                slotKeys[slot] = oldKeys[i];
                slotArticles[slot] = oldArticles[i];
            }
        }
    }

    private static int[] filled(int length) {
        int[] a = new int[length];
        Arrays.fill(a, EMPTY_SLOT);
        return a;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private static long shaKey(String sha) {
        // A SHA-256 in hex is already uniform: its first 16 digits are the key, without hashing 64 chars twice.
        if (sha.length() >= 16) {
            long key = 0;
            for (int i = 0; i < 16; i++) {
                int digit = Character.digit(sha.charAt(i), 16);
                if (digit < 0) {
                    return SimHash.hash(sha);
                }
                key = key << 4 | digit;
            }
            return key;
        }
        return SimHash.hash(sha);
    }
}
