package dev.newsetl.group;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Gives articles about the same event one story id, in one pass in article order, with bounded memory.
 *
 * <p><b>Rule.</b> An article is a vector of its story features ({@link StoryFeatures}: entities, title and lead
 * words), each weighted {@code boost × (1 + ln count) × idf^1.5}, where idf is the feature's inverse document
 * frequency in the run ({@link DocumentFrequencies}), and scaled to length 1. A story is the sum of its members' vectors (its
 * profile, the {@value #PROFILE_FEATURES} heaviest features kept). An article joins the story whose profile is most
 * similar to it (cosine) when
 * <ul>
 *   <li>the cosine is at least {@code minSimilarity}, and</li>
 *   <li>they share at least {@value #MIN_SPECIFIC_SHARED} specific features (in at most a tenth of the run), so
 *       one popular name or a run of common words joins nothing, and</li>
 *   <li>its publication date is within {@code maxDaysApart} days of the story's dates (an unknown date does not
 *       rule a story out);</li>
 * </ul>
 * or when it is a near-duplicate of an earlier article, whose story it then joins. Otherwise it starts a story.
 * Comparing with the whole story, not with its closest member, is what keeps a story from chaining: an article
 * that resembles the last member but not the story does not join.
 *
 * <p><b>Story id</b>: the article id of the story's first article.
 *
 * <p><b>Memory.</b> At most {@code maxStories} stories are open; the one assigned to least recently is closed first
 * (its row goes to the stories table, and a later article starts a new story). An article is compared only with the
 * most recent stories filed under its {@value #CANDIDATE_FEATURES} heaviest features, so the work per article is
 * bounded too.
 *
 * <p>Deterministic: the same signatures in the same order get the same story ids. Not thread-safe.
 */
public final class StoryGrouper {
    public static final double DEFAULT_MIN_SIMILARITY = 0.12;
    public static final int DEFAULT_MAX_DAYS_APART = 5;
    public static final int DEFAULT_MAX_STORIES = 4000;

    static final int MIN_SPECIFIC_SHARED = 3;
    static final int PROFILE_FEATURES = 96;
    static final int CANDIDATE_FEATURES = 8;
    static final int STORIES_PER_FEATURE = 24;
    static final int TABLE_ENTITIES = 5;

    private final DocumentFrequencies frequencies;
    private final Consumer<StoryRow> closed;
    private final double minSimilarity;
    private final int maxDaysApart;
    private final int maxStories;

    /** Open stories by sequence number, least recently assigned first. */
    private final LinkedHashMap<Integer, Story> open = new LinkedHashMap<>(64, 0.75f, true);
    /** Feature → sequence numbers of the most recent open stories filed under it. */
    private final Map<Long, ArrayDeque<Integer>> byFeature = new HashMap<>();
    /** Article number → its story's sequence number: near-duplicates join their original's story. */
    private int[] storyOfArticle = new int[1024];
    private int nextSeq;

    public StoryGrouper(DocumentFrequencies frequencies, Consumer<StoryRow> closed) {
        this(frequencies, closed, DEFAULT_MIN_SIMILARITY, DEFAULT_MAX_DAYS_APART, DEFAULT_MAX_STORIES);
    }

    public StoryGrouper(DocumentFrequencies frequencies, Consumer<StoryRow> closed, double minSimilarity,
                        int maxDaysApart, int maxStories) {
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
        this.closed = Objects.requireNonNull(closed, "closed");
        if (!(minSimilarity > 0 && minSimilarity <= 1) || maxDaysApart < 0 || maxStories < 1) {
            throw new IllegalArgumentException("story grouping settings out of range: minSimilarity="
                    + minSimilarity + " maxDaysApart=" + maxDaysApart + " maxStories=" + maxStories);
        }
        this.minSimilarity = minSimilarity;
        this.maxDaysApart = maxDaysApart;
        this.maxStories = maxStories;
    }

    /**
     * The story id of article number {@code article} (0, 1, ... in order).
     *
     * @param duplicateOf the number of the earlier article it is a near-duplicate of, or -1
     */
    public String assign(int article, ArticleSignature s, int duplicateOf) {
        Vector v = vector(s.features());
        Story story = null;
        if (duplicateOf >= 0) {
            story = open.get(storyOfArticle[duplicateOf]);
        }
        if (story == null) {
            story = mostSimilar(v, s.date());
        }
        if (story == null) {
            story = new Story(nextSeq++, s.articleId(), s.title());
            open.put(story.seq, story);
        } else {
            open.get(story.seq); // marks it recently used
        }
        story.add(s, v);
        file(story, v);
        if (article >= storyOfArticle.length) {
            storyOfArticle = Arrays.copyOf(storyOfArticle, Math.max(article + 1, storyOfArticle.length * 3 / 2));
        }
        storyOfArticle[article] = story.seq;
        while (open.size() > maxStories) {
            Iterator<Story> eldest = open.values().iterator();
            Story gone = eldest.next();
            eldest.remove();
            close(gone);
        }
        return story.id;
    }

    /** Closes every open story, oldest first: call once after the last article. */
    public void finish() {
        List<Story> all = new ArrayList<>(open.values());
        all.sort(Comparator.comparingInt(st -> st.seq));
        open.clear();
        for (Story st : all) {
            close(st);
        }
    }

    private void close(Story story) {
        for (long key : story.filedUnder) {
            ArrayDeque<Integer> posting = byFeature.get(key);
            if (posting != null) {
                posting.remove(story.seq);
                if (posting.isEmpty()) {
                    byFeature.remove(key);
                }
            }
        }
        closed.accept(story.row());
    }

    private Story mostSimilar(Vector v, LocalDate date) {
        TreeMap<Integer, Story> candidates = new TreeMap<>();
        for (int i : v.lookups()) {
            ArrayDeque<Integer> posting = byFeature.get(v.keys[i]);
            if (posting != null) {
                for (int seq : posting) {
                    Story st = open.get(seq);
                    if (st != null) {
                        candidates.put(seq, st);
                    }
                }
            }
        }
        Story best = null;
        double bestSimilarity = 0;
        for (Story st : candidates.values()) {
            if (!st.withinDays(date, maxDaysApart)) {
                continue;
            }
            double similarity = st.similarity(v);
            if (similarity >= minSimilarity && similarity > bestSimilarity) { // a tie keeps the older story
                best = st;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** Files the story under the article's heaviest features, most recent stories first, a bounded number each. */
    private void file(Story story, Vector v) {
        for (int i : v.lookups()) {
            long key = v.keys[i];
            if (!story.filedUnder.contains(key)) {
                if (story.filedUnder.size() >= 4 * CANDIDATE_FEATURES) {
                    continue;
                }
                story.filedUnder.add(key);
            }
            ArrayDeque<Integer> posting = byFeature.computeIfAbsent(key, k -> new ArrayDeque<>());
            posting.remove(story.seq);
            posting.addFirst(story.seq);
            if (posting.size() > STORIES_PER_FEATURE) {
                int dropped = posting.removeLast();
                Story st = open.get(dropped);
                if (st != null) {
                    st.filedUnder.remove(key);
                }
            }
        }
    }

    private Vector vector(StoryFeatures f) {
        int n = f.keys().length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> f.keys()[i]));
        long[] keys = new long[n];
        double[] weights = new double[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            keys[k] = f.keys()[i];
            // idf^1.5: what only this event's reports share (names, places, years) outweighs what reports of
            // every event of the kind share (rehab, earthquake, shooting) more than plain idf would.
            double idf = frequencies.idf(keys[k]);
            weights[k] = f.boosts()[i] * (1 + Math.log(f.counts()[i])) * idf * Math.sqrt(idf);
            norm += weights[k] * weights[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < n && norm > 0; k++) {
            weights[k] /= norm;
        }
        // Only features another article of the run has can find a story: the heaviest of those are the look-ups.
        int[] shared = new int[n];
        boolean[] specific = new boolean[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            specific[k] = frequencies.specific(keys[k]);
            if (frequencies.frequency(keys[k]) > 1) {
                shared[count++] = k;
            }
        }
        return new Vector(keys, weights, specific, heaviest(keys, weights, Arrays.copyOf(shared, count)));
    }

    /** An article's features sorted by key, with unit-length weights. */
    private record Vector(long[] keys, double[] weights, boolean[] specific, int[] lookups) {
    }

    /**
     * Of the features that occur in other articles too (indexes in {@code shared}), the
     * {@value #CANDIDATE_FEATURES} heaviest: the ones a story is looked up and filed under. Equal weights in key
     * order, so the choice is deterministic.
     */
    private static int[] heaviest(long[] keys, double[] weights, int[] shared) {
        Integer[] order = new Integer[shared.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = shared[i];
        }
        Arrays.sort(order, (a, b) -> {
            int byWeight = Double.compare(weights[b], weights[a]);
            return byWeight != 0 ? byWeight : Long.compare(keys[a], keys[b]);
        });
        int[] top = new int[Math.min(CANDIDATE_FEATURES, order.length)];
        for (int i = 0; i < top.length; i++) {
            top[i] = order[i];
        }
        return top;
    }

    private static final class Story {
        final int seq;
        final String id;
        final String title;
        /** Profile: features sorted by key with their summed weights, the heaviest PROFILE_FEATURES kept. */
        long[] profileKeys = new long[0];
        double[] profileWeights = new double[0];
        double profileNorm;
        final Set<Long> filedUnder = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final Map<String, Double> entityWeight = new LinkedHashMap<>();
        final Map<String, String> entityName = new HashMap<>();
        int articles;
        LocalDate first;
        LocalDate last;

        Story(int seq, String id, String title) {
            this.seq = seq;
            this.id = id;
            this.title = title;
        }

        boolean withinDays(LocalDate date, int maxDaysApart) {
            if (date == null || first == null) {
                return true;
            }
            return !date.isBefore(first.minusDays(maxDaysApart)) && !date.isAfter(last.plusDays(maxDaysApart));
        }

        /** Cosine of the article with the profile, 0 unless they share enough specific features. */
        double similarity(Vector v) {
            double dot = 0;
            int specificShared = 0;
            // Both sorted by key: one merge visits each feature of either once.
            for (int i = 0, j = 0; i < v.keys.length && j < profileKeys.length; ) {
                if (v.keys[i] == profileKeys[j]) {
                    dot += profileWeights[j] * v.weights[i];
                    specificShared += v.specific[i] ? 1 : 0;
                    i++;
                    j++;
                } else if (v.keys[i] < profileKeys[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            if (specificShared < MIN_SPECIFIC_SHARED || dot == 0) {
                return 0;
            }
            return dot / profileNorm;
        }

        void add(ArticleSignature s, Vector v) {
            articles++;
            if (s.source() != null && sources.size() < 10_000) {
                sources.add(s.source());
            }
            if (s.date() != null) {
                first = first == null || s.date().isBefore(first) ? s.date() : first;
                last = last == null || s.date().isAfter(last) ? s.date() : last;
            }
            addToProfile(v);
            for (StoryFeatures.EntityMention e : s.entities()) {
                long key = StoryFeatures.entityKey(e.id());
                int at = Arrays.binarySearch(v.keys, key);
                if (at >= 0 && (entityWeight.containsKey(e.id()) || entityWeight.size() < 4 * PROFILE_FEATURES)) {
                    entityWeight.merge(e.id(), v.weights[at], Double::sum);
                    entityName.putIfAbsent(e.id(), e.name());
                }
            }
        }

        private void addToProfile(Vector v) {
            long[] keys = new long[profileKeys.length + v.keys.length];
            double[] weights = new double[keys.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < v.keys.length || j < profileKeys.length) {
                if (j == profileKeys.length || i < v.keys.length && v.keys[i] < profileKeys[j]) {
                    keys[n] = v.keys[i];
                    weights[n++] = v.weights[i++];
                } else if (i == v.keys.length || profileKeys[j] < v.keys[i]) {
                    keys[n] = profileKeys[j];
                    weights[n++] = profileWeights[j++];
                } else {
                    keys[n] = profileKeys[j];
                    weights[n++] = profileWeights[j++] + v.weights[i++];
                }
            }
            if (n > PROFILE_FEATURES) {
                // Keep the heaviest (ties by key), then back to key order.
                Integer[] order = new Integer[n];
                for (int k = 0; k < n; k++) {
                    order[k] = k;
                }
                double[] w = weights;
                long[] ks = keys;
                Arrays.sort(order, (a, b) -> {
                    int byWeight = Double.compare(w[b], w[a]);
                    return byWeight != 0 ? byWeight : Long.compare(ks[a], ks[b]);
                });
                int[] kept = new int[PROFILE_FEATURES];
                for (int k = 0; k < PROFILE_FEATURES; k++) {
                    kept[k] = order[k];
                }
                Arrays.sort(kept);
                long[] keptKeys = new long[PROFILE_FEATURES];
                double[] keptWeights = new double[PROFILE_FEATURES];
                for (int k = 0; k < PROFILE_FEATURES; k++) {
                    keptKeys[k] = keys[kept[k]];
                    keptWeights[k] = weights[kept[k]];
                }
                keys = keptKeys;
                weights = keptWeights;
                n = PROFILE_FEATURES;
            }
            profileKeys = Arrays.copyOf(keys, n);
            profileWeights = Arrays.copyOf(weights, n);
            double norm = 0;
            for (double w : profileWeights) {
                norm += w * w;
            }
            profileNorm = Math.sqrt(norm);
        }

        StoryRow row() {
            List<Map.Entry<String, Double>> entities = new ArrayList<>(entityWeight.entrySet());
            entities.sort((a, b) -> {
                int byWeight = Double.compare(b.getValue(), a.getValue());
                return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
            });
            List<String> names = entities.stream().limit(TABLE_ENTITIES).map(e -> entityName.get(e.getKey()))
                    .toList();
            return new StoryRow(id, articles, sources.size(), first, last, title, names);
        }
    }
}
