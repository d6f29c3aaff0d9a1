package dev.newsetl.group;

/**
 * In how many of the run's articles each story feature occurs: the first of the grouping's two passes over the
 * signatures. Bounded memory by lossy counting: when more than {@code maxFeatures} features are counted, those
 * seen in only one article so far are dropped (a feature that rare says nothing about what is common); frequent
 * features, the ones that must not join stories on their own, are always counted exactly.
 */
public final class DocumentFrequencies {
    static final int DEFAULT_MAX_FEATURES = 2_000_000;
    /** Pseudo-articles in which no feature occurs: in a run of a handful of articles nothing can be called common. */
    static final double PRIOR_ARTICLES = 20;

    /** In a small run, a feature of up to this many articles still counts as specific. */
    static final int MIN_SPECIFIC_LIMIT = 5;

    private final LongIntMap counts = new LongIntMap();
    private final int maxFeatures;
    private long articles;
    private boolean pruned;

    public DocumentFrequencies() {
        this(DEFAULT_MAX_FEATURES);
    }

    DocumentFrequencies(int maxFeatures) {
        this.maxFeatures = maxFeatures;
    }

    public void add(ArticleSignature signature) {
        articles++;
        for (long key : signature.features().keys()) {
            int n = counts.get(key);
            counts.put(key, n == LongIntMap.ABSENT ? 1 : n + 1);
        }
        if (counts.size() > maxFeatures) {
            counts.removeValuesUpTo(1);
            pruned = true;
        }
    }

    /** True while no count was dropped: a feature of frequency 1 then really occurs in one article only. */
    boolean exact() {
        return !pruned;
    }

    public long articles() {
        return articles;
    }

    /** Articles the feature occurs in (at least 1: it occurs in the one asking). */
    int frequency(long key) {
        int n = counts.get(key);
        return n == LongIntMap.ABSENT ? 1 : Math.max(1, n);
    }

    /** Inverse document frequency, smoothed: about ln(articles / frequency), near 0 for a feature in every article. */
    double idf(long key) {
        return idfOf(frequency(key));
    }

    /** {@link #idf} of a feature of {@code frequency} articles. */
    double idfOf(int frequency) {
        return Math.log((articles + PRIOR_ARTICLES) / (frequency + 1.0));
    }

    /**
     * Specific enough to count as shared evidence: in at most a tenth of the run (and a feature of at most
     * {@value #MIN_SPECIFIC_LIMIT} articles always is). {@code Trump} in a run of Turkish business news or
     * {@code Ankara} in Turkish politics is not.
     */
    boolean specific(long key) {
        return specificFrequency(frequency(key));
    }

    /** {@link #specific} for a feature of {@code frequency} articles. */
    boolean specificFrequency(int frequency) {
        return frequency <= Math.max(MIN_SPECIFIC_LIMIT, articles / 10);
    }
}
