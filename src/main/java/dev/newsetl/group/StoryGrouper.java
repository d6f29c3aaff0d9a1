package dev.newsetl.group;

import dev.newsetl.article.EntityType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Gives articles about the same event one story id, in one pass in article order, with bounded memory.
 *
 * <p><b>Rule.</b> An article joins an existing story when, against one of the story's remembered members:
 * <ul>
 *   <li>it is a near-duplicate: SimHash distance at most {@code nearDuplicateDistance} (dates do not matter); or</li>
 *   <li>their dates are at most {@code maxDaysApart} days apart (publication date, or the run date when unknown:
 *       the caller decides) <em>and</em> their entity profiles agree: weighted Jaccard
 *       {@code Σ min(a,b) / Σ max(a,b)} at least {@code minSimilarity}, with a shared weight {@code Σ min(a,b)} at
 *       least {@code minSharedWeight} (so two articles that only both mention Gaza are not one story); or, when
 *       the shared weight is at least {@value #STRONG_SHARED_WEIGHT} (the same people and places, each mentioned
 *       more than once), a similarity of at least {@value #LOOSER_RATIO} of {@code minSimilarity}: two outlets'
 *       reports of one meeting differ in their background paragraphs.</li>
 * </ul>
 * An entity's weight in an article is {@code typeWeight × (1 + ln(mentions))}: people weigh more than
 * organizations, which weigh more than places (see {@link #weightsByType}); the logarithm keeps one entity mentioned
 * twenty times from drowning the rest. When several stories qualify, a near-duplicate match wins, then the highest
 * similarity, then the older story. Otherwise the article starts a new story.
 *
 * <p><b>Story id</b>: the article id of the story's first article.
 *
 * <p><b>Memory.</b> A story remembers its first member and its {@value #RECENT_MEMBERS} most recent ones (entity
 * weights and date) and the simhashes of its {@value #RECENT_HASHES} most recent members. At most
 * {@code maxStories} stories are kept; the one assigned to least recently is forgotten first, so an article whose
 * story has been forgotten starts a new one. An article is compared only with the most recent stories that share
 * one of its heaviest entities, so the work per article is bounded too. Because members are compared one by one, a story can roll forward as
 * long as it is reported every few days with similar entities.
 *
 * <p>Deterministic: the same articles in the same order get the same story ids. Not thread-safe.
 */
public final class StoryGrouper {

    public static final int DEFAULT_MAX_DAYS_APART = 2;
    public static final double DEFAULT_MIN_SIMILARITY = 0.4;
    public static final double DEFAULT_MIN_SHARED_WEIGHT = 5.0;
    public static final int DEFAULT_MAX_STORIES = 2000;

    /** Shared weight that makes a story on its own, e.g. three people each mentioned twice or more. */
    static final double STRONG_SHARED_WEIGHT = 15.0;
    /** With that much shared, the similarity may be this fraction of {@code minSimilarity}. */
    static final double LOOSER_RATIO = 0.6;

    /** Candidate stories come from this many of the article's heaviest entities ... */
    static final int CANDIDATE_ENTITIES = 3;
    /** ... and at most this many of the most recent stories under each. */
    static final int STORIES_PER_ENTITY = 16;

    static final int RECENT_MEMBERS = 3;
    static final int RECENT_HASHES = 8;

    private final ToDoubleFunction<String> entityWeight;
    private final int maxDaysApart;
    private final double minSimilarity;
    private final double minSharedWeight;
    private final int nearDuplicateDistance;
    private final int maxStories;

    /** Stories by id, least recently assigned first. */
    private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>(64, 0.75f, true);
    /** Entity number → stories whose remembered members mention it. */
    private final Map<Integer, TreeMap<Long, Story>> storiesByEntity = new HashMap<>();
    /**
     * Entity ids numbered in order of first sight, so a member's profile is two sorted arrays compared by a merge
     * rather than two hash maps (the comparison was most of the group step). Bounded by the dictionary's size.
     */
    private final Map<String, Integer> entityNumbers = new HashMap<>();
    private final List<String> entityIds = new ArrayList<>();
    private final Map<Long, TreeMap<Long, Story>> storiesByBand = new HashMap<>();
    private long nextSeq;

    /** Default thresholds; {@code entityWeight} gives each entity id its type weight (see {@link #weightsByType}). */
    public StoryGrouper(ToDoubleFunction<String> entityWeight) {
        this(entityWeight, DEFAULT_MAX_DAYS_APART, DEFAULT_MIN_SIMILARITY, DEFAULT_MIN_SHARED_WEIGHT,
                SimHash.NEAR_DUPLICATE_DISTANCE, DEFAULT_MAX_STORIES);
    }

    public StoryGrouper(ToDoubleFunction<String> entityWeight, int maxDaysApart, double minSimilarity,
                        double minSharedWeight, int nearDuplicateDistance, int maxStories) {
        this.entityWeight = Objects.requireNonNull(entityWeight, "entityWeight");
        if (maxDaysApart < 0 || minSimilarity <= 0 || minSimilarity > 1 || minSharedWeight < 0
                || nearDuplicateDistance < 0 || maxStories < 1) {
            throw new IllegalArgumentException("story grouping settings out of range: maxDaysApart=" + maxDaysApart
                    + " minSimilarity=" + minSimilarity + " minSharedWeight=" + minSharedWeight
                    + " nearDuplicateDistance=" + nearDuplicateDistance + " maxStories=" + maxStories);
        }
        this.maxDaysApart = maxDaysApart;
        this.minSimilarity = minSimilarity;
        this.minSharedWeight = minSharedWeight;
        this.nearDuplicateDistance = nearDuplicateDistance;
        this.maxStories = maxStories;
    }

    /** Type weights: PERSON 3, ORGANIZATION 2, LOCATION 1; an id missing from the map weighs 1. */
    public static ToDoubleFunction<String> weightsByType(Map<String, EntityType> typeOf) {
        Map<String, EntityType> copy = Map.copyOf(typeOf);
        return id -> {
            EntityType type = copy.get(id);
            if (type == null) {
                return 1.0;
            }
            return switch (type) {
                case PERSON -> 3.0;
                case ORGANIZATION -> 2.0;
                case LOCATION -> 1.0;
            };
        };
    }

    /**
     * The story id for this article, remembering it for the articles after it.
     *
     * @param date           publication date, or null when unknown (then only the entities decide)
     * @param entityMentions entity id → number of mentions in the article
     * @param simhash        the article's {@link SimHash}; 0 (no words) is never a near-duplicate
     */
    public String assign(String articleId, LocalDate date, Map<String, Integer> entityMentions, long simhash) {
        Objects.requireNonNull(articleId, "articleId");
        Member member = weigh(date, entityMentions);

        Story best = nearDuplicateStory(simhash);
        if (best == null) {
            best = mostSimilarStory(member, candidates(member));
        }
        if (best == null) {
            best = new Story(articleId, nextSeq++, member);
            stories.put(best.id, best);
            index(best, member);
            evictOverflow();
        } else {
            stories.get(best.id); // marks it recently used
            best.recent.addLast(member);
            if (best.recent.size() > RECENT_MEMBERS) {
                Member dropped = best.recent.removeFirst();
                unindexDropped(best, dropped);
            }
            index(best, member);
        }
        if (simhash != 0L) {
            best.hashes.addLast(simhash);
            indexHash(best, simhash);
            if (best.hashes.size() > RECENT_HASHES) {
                unindexHash(best, best.hashes.removeFirst());
            }
        }
        return best.id;
    }

    /** Story references held by the simhash band index: bounded by the stories remembered, not the articles seen. */
    int bandReferences() {
        return storiesByBand.values().stream().mapToInt(Map::size).sum();
    }

    /** Stories currently remembered. */
    int storyCount() {
        return stories.size();
    }

    /**
     * The stories worth comparing with: those indexed under the article's {@value #CANDIDATE_ENTITIES} heaviest
     * entities, at most the {@value #STORIES_PER_ENTITY} most recent per entity, in story order. This bounds the
     * work per article whatever the run's size (a common place such as Gaza would otherwise bring in every story).
     */
    private Collection<Story> candidates(Member member) {
        List<Integer> heaviest = new ArrayList<>(member.entities.length);
        for (int i = 0; i < member.entities.length; i++) {
            heaviest.add(i);
        }
        // Heaviest first; equal weights in entity id order, so the choice does not depend on numbering.
        heaviest.sort((x, y) -> {
            int byWeight = Double.compare(member.weights[y], member.weights[x]);
            return byWeight != 0 ? byWeight
                    : entityIds.get(member.entities[x]).compareTo(entityIds.get(member.entities[y]));
        });
        TreeMap<Long, Story> candidates = new TreeMap<>();
        for (int i = 0; i < Math.min(CANDIDATE_ENTITIES, heaviest.size()); i++) {
            TreeMap<Long, Story> posting = storiesByEntity.get(member.entities[heaviest.get(i)]);
            if (posting == null) {
                continue;
            }
            int taken = 0;
            for (Story story : posting.descendingMap().values()) {
                if (taken++ == STORIES_PER_ENTITY) {
                    break;
                }
                candidates.put(story.seq, story);
            }
        }
        return candidates.values();
    }

    /**
     * A near-duplicate shares at least one band of its simhash exactly with the hash it is near (there are more bands
     * than differing bits allowed), so only stories indexed under one of its bands are compared.
     */
    private Story nearDuplicateStory(long simhash) {
        if (simhash == 0L) {
            return null;
        }
        TreeMap<Long, Story> candidates = new TreeMap<>();
        for (int b = 0; b < bands(); b++) {
            TreeMap<Long, Story> posting = storiesByBand.get(bandKey(simhash, b));
            if (posting != null) {
                int taken = 0;
                for (Story story : posting.descendingMap().values()) {
                    if (taken++ == STORIES_PER_ENTITY) {
                        break;
                    }
                    candidates.put(story.seq, story);
                }
            }
        }
        Story best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Story story : candidates.values()) {
            for (long h : story.hashes) {
                int d = Long.bitCount(h ^ simhash);
                if (d <= nearDuplicateDistance
                        && (d < bestDistance || (d == bestDistance && story.seq < best.seq))) {
                    best = story;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private Story mostSimilarStory(Member article, Collection<Story> ordered) {
        Story best = null;
        double bestSimilarity = 0;
        for (Story story : ordered) {
            // The first member, then the recent ones: the order of members(), without building that list.
            double similarity = dated(article, story.first);
            for (Member m : story.recent) {
                similarity = Math.max(similarity, dated(article, m));
            }
            if (similarity > bestSimilarity) { // strict: on a tie the older story, seen first, stays
                best = story;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** The similarity of two articles, or 0 when both have dates too far apart. */
    private double dated(Member article, Member m) {
        // An unknown date (a shape-2 article has none) does not rule a story out: the entities decide.
        if (m.date != null && article.date != null
                && Math.abs(ChronoUnit.DAYS.between(m.date, article.date)) > maxDaysApart) {
            return 0;
        }
        return similarity(article, m);
    }

    /** Weighted Jaccard when the shared weight is enough, else 0. */
    private double similarity(Member a, Member b) {
        double shared = 0;
        double union = 0;
        int i = 0;
        int j = 0;
        // Both profiles are sorted by entity number: one merge visits every entity of either once.
        while (i < a.entities.length && j < b.entities.length) {
            if (a.entities[i] == b.entities[j]) {
                shared += Math.min(a.weights[i], b.weights[j]);
                union += Math.max(a.weights[i++], b.weights[j++]);
            } else if (a.entities[i] < b.entities[j]) {
                union += a.weights[i++];
            } else {
                union += b.weights[j++];
            }
        }
        while (i < a.entities.length) {
            union += a.weights[i++];
        }
        while (j < b.entities.length) {
            union += b.weights[j++];
        }
        if (union == 0 || shared < minSharedWeight) {
            return 0;
        }
        double jaccard = shared / union;
        if (jaccard >= minSimilarity) {
            return jaccard;
        }
        // Two outlets' reports of one event share its core (the people, the place) but each adds its own
        // background, which pulls the ratio down: a large shared weight with a looser ratio is one story too.
        return shared >= STRONG_SHARED_WEIGHT && jaccard >= minSimilarity * LOOSER_RATIO ? jaccard : 0;
    }

    private Member weigh(LocalDate date, Map<String, Integer> mentions) {
        TreeMap<Integer, Double> weights = new TreeMap<>();
        if (mentions != null) {
            for (Map.Entry<String, Integer> e : mentions.entrySet()) {
                Integer n = e.getValue();
                if (e.getKey() != null && n != null && n > 0) {
                    weights.put(number(e.getKey()), entityWeight.applyAsDouble(e.getKey()) * (1 + Math.log(n)));
                }
            }
        }
        int[] entities = new int[weights.size()];
        double[] values = new double[weights.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : weights.entrySet()) {
            entities[k] = e.getKey();
            values[k++] = e.getValue();
        }
        return new Member(date, entities, values);
    }

    private int number(String entityId) {
        Integer n = entityNumbers.get(entityId);
        if (n == null) {
            n = entityIds.size();
            entityNumbers.put(entityId, n);
            entityIds.add(entityId);
        }
        return n;
    }

    private void index(Story story, Member member) {
        for (int entity : member.entities) {
            storiesByEntity.computeIfAbsent(entity, k -> new TreeMap<>()).put(story.seq, story);
        }
    }

    private void unindex(Story story) {
        for (int entity : story.indexedEntities()) {
            TreeMap<Long, Story> s = storiesByEntity.get(entity);
            if (s != null) {
                s.remove(story.seq);
                if (s.isEmpty()) {
                    storiesByEntity.remove(entity);
                }
            }
        }
    }

    /** After a member is dropped: stop indexing the story under entities no remembered member has. */
    private void unindexDropped(Story story, Member dropped) {
        Set<Integer> still = story.indexedEntities();
        for (int entity : dropped.entities) {
            if (!still.contains(entity)) {
                TreeMap<Long, Story> s = storiesByEntity.get(entity);
                if (s != null) {
                    s.remove(story.seq);
                    if (s.isEmpty()) {
                        storiesByEntity.remove(entity);
                    }
                }
            }
        }
    }

    private void evictOverflow() {
        while (stories.size() > maxStories) {
            Iterator<Story> eldest = stories.values().iterator();
            Story story = eldest.next();
            eldest.remove();
            unindex(story);
            // Empty the story's hashes first: unindexHash keeps a band that one of the story's hashes still has.
            List<Long> hashes = new ArrayList<>(story.hashes);
            story.hashes.clear();
            for (long h : hashes) {
                unindexHash(story, h);
            }
        }
    }

    private int bands() {
        return nearDuplicateDistance + 1;
    }

    /** Band {@code b} of a hash, tagged with its band number: bands are 64 / bands() bits wide, the last wider. */
    private long bandKey(long hash, int b) {
        int width = 64 / bands();
        int shift = b * width;
        long bits = b == bands() - 1 ? hash >>> shift : (hash >>> shift) & ((1L << width) - 1);
        return bits * 31 + b;
    }

    private void indexHash(Story story, long hash) {
        for (int b = 0; b < bands(); b++) {
            storiesByBand.computeIfAbsent(bandKey(hash, b), k -> new TreeMap<>()).put(story.seq, story);
        }
    }

    /** Stops indexing a dropped hash's bands, unless another hash the story keeps has the same band. */
    private void unindexHash(Story story, long dropped) {
        for (int b = 0; b < bands(); b++) {
            long key = bandKey(dropped, b);
            boolean kept = false;
            for (long h : story.hashes) {
                kept |= bandKey(h, b) == key;
            }
            TreeMap<Long, Story> posting = storiesByBand.get(key);
            if (!kept && posting != null) {
                posting.remove(story.seq);
                if (posting.isEmpty()) {
                    storiesByBand.remove(key);
                }
            }
        }
    }

    /** A remembered article: its date and its entity profile, entity numbers ascending with their weights. */
    private record Member(LocalDate date, int[] entities, double[] weights) {
    }

    private static final class Story {
        final String id;
        final long seq;
        final Member first;
        final ArrayDeque<Member> recent = new ArrayDeque<>();
        final ArrayDeque<Long> hashes = new ArrayDeque<>();

        Story(String id, long seq, Member first) {
            this.id = id;
            this.seq = seq;
            this.first = first;
        }

        Set<Integer> indexedEntities() {
            Set<Integer> all = new HashSet<>();
            for (int e : first.entities) {
                all.add(e);
            }
            for (Member m : recent) {
                for (int e : m.entities) {
                    all.add(e);
                }
            }
            return all;
        }
    }
}
