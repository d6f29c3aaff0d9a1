package dev.newsetl.group;

import dev.newsetl.article.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Gives articles about the same event one story id, in one pass in article order, with bounded memory.
 *
 * <p><b>Rule.</b> An article is a vector of its story features ({@link StoryFeatures}: entities, title and lead
 * words), each weighted {@code boost × (1 + ln count) × idf^1.4}, where idf is the feature's inverse document
 * frequency in the run ({@link DocumentFrequencies}), and scaled to length 1 over the features another article of
 * the run has (the others cannot be shared, so they do not make a detailed report look less like its story). A story
 * is the sum of its members' vectors (its profile, the {@value #PROFILE_FEATURES} heaviest features kept), each
 * feature taken at its sum times the square root of the share of members that have it, so a story is recognised by
 * what its reports agree on. An article joins the story whose profile is most similar to it (cosine) when
 * <ul>
 *   <li>the cosine is at least {@code minSimilarity}, and</li>
 *   <li>they share at least {@value #MIN_SPECIFIC_SHARED} specific features (in at most a tenth of the run), so
 *       one popular name or a run of common words joins nothing, and</li>
 *   <li>its publication date is within {@code maxDaysApart} days of one of the story's articles' dates (an unknown
 *       date does not rule a story out);</li>
 * </ul>
 * or when it is a near-duplicate of an earlier article, whose story it then joins. A report further from all of a
 * story's dates may still join it as a follow-up (an arrest, a verdict) when it centres on one of the story's people
 * and no story of its own days takes it, at {@value #FOLLOW_UP} of its cosine. Otherwise it starts a story. A
 * story whose reports agree on a person other than the one the article centres on ({@link EventFocus}) counts at
 * {@value #ANOTHER_PERSON} of its cosine: two events of one kind about two people stay apart.
 * Comparing with the whole story, not with its closest member, is what keeps a story from chaining: an article
 * that resembles the last member but not the story does not join.
 *
 * <p><b>Story id</b>: the article id of the story's first article.
 *
 * <p><b>Memory.</b> At most {@code maxStories} stories are open; the one assigned to least recently is closed first
 * (its row goes to the stories table, and a later article starts a new story). A story keeps at most
 * {@value #MAX_DAYS} publication days and {@value #MAX_STORY_PEOPLE} people. An article is compared only with the
 * most recent stories filed under its {@value #CANDIDATE_FEATURES} heaviest features, so the work per article is
 * bounded too.
 *
 * <p>Deterministic: the same signatures in the same order get the same story ids. Not thread-safe.
 */
public final class StoryGrouper {
    public static final double DEFAULT_MIN_SIMILARITY = 0.15;
    public static final int DEFAULT_MAX_DAYS_APART = 5;
    public static final int DEFAULT_MAX_STORIES = 4000;

    static final int MIN_SPECIFIC_SHARED = 3;
    static final int PROFILE_FEATURES = 96;
    static final int CANDIDATE_FEATURES = 12;
    static final int STORIES_PER_FEATURE = 24;
    static final int TABLE_ENTITIES = 5;
    /** Distinct publication days a story keeps to tell whether a date is near one of its reports. */
    static final int MAX_DAYS = 32;

    private final DocumentFrequencies frequencies;
    private final Consumer<StoryRow> closed;
    private final double minSimilarity;
    private final int maxDaysApart;
    private final int maxStories;

    /** Open stories by sequence number. */
    private final Map<Integer, Story> open = new HashMap<>();
    /** The open stories, least recently used first (a look-up counts as a use, as in an access-ordered map). */
    private final RecencyList recency = new RecencyList();
    /** Feature → the most recent open stories filed under it, most recent first. */
    private final Map<Long, Posting> byFeature = new HashMap<>();
    /** The article being assigned, as a hashed set of its features, probed by each candidate story's profile. */
    private final ArticleTable table = new ArticleTable();

    private Story[] candidates = new Story[4 * CANDIDATE_FEATURES * STORIES_PER_FEATURE];
    private int visit;
    /** Article number → its story's sequence number: near-duplicates join their original's story. */
    private int[] storyOfArticle = new int[1024];

    private int nextSeq;

    public StoryGrouper(DocumentFrequencies frequencies, Consumer<StoryRow> closed) {
        this(frequencies, closed, DEFAULT_MIN_SIMILARITY, DEFAULT_MAX_DAYS_APART, DEFAULT_MAX_STORIES);
    }

    public StoryGrouper(
            DocumentFrequencies frequencies,
            Consumer<StoryRow> closed,
            double minSimilarity,
            int maxDaysApart,
            int maxStories) {
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
        this.closed = Objects.requireNonNull(closed, "closed");
        if (!(minSimilarity > 0 && minSimilarity <= 1) || maxDaysApart < 0 || maxStories < 1) {
            throw new IllegalArgumentException("story grouping settings out of range: minSimilarity=" + minSimilarity
                    + " maxDaysApart=" + maxDaysApart + " maxStories=" + maxStories);
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
        // With exact counts over the whole run (the contract), a feature of one article cannot recur in another.
        Vector v = vector(s.features(), frequencies.exact() && article < frequencies.articles());
        EventFocus focus = EventFocus.of(s.entities());
        long[] people = specificPeople(s.entities());
        Story story = null;
        if (duplicateOf >= 0) {
            story = use(open.get(storyOfArticle[duplicateOf]));
        }
        if (story == null) {
            story = mostSimilar(v, focus, people, s.date());
        }
        if (story == null) {
            story = new Story(nextSeq++, s.articleId(), s.title());
            open.put(story.seq, story);
            recency.addLast(story);
        } else {
            recency.moveToEnd(story);
        }
        story.add(s, v, focus, people);
        file(story, v);
        if (article >= storyOfArticle.length) {
            storyOfArticle = Arrays.copyOf(storyOfArticle, Math.max(article + 1, storyOfArticle.length * 3 / 2));
        }
        storyOfArticle[article] = story.seq;
        while (open.size() > maxStories) {
            Story gone = recency.first();
            recency.remove(gone);
            open.remove(gone.seq);
            close(gone);
        }
        return story.id;
    }

    /** Closes every open story, oldest first: call once after the last article. */
    public void finish() {
        List<Story> all = new ArrayList<>(open.values());
        all.sort(Comparator.comparingInt(st -> st.seq));
        open.clear();
        recency.clear();
        for (Story st : all) {
            close(st);
        }
    }

    private void close(Story story) {
        for (int k = 0; k < story.filedCount; k++) {
            long key = story.filedUnder[k];
            Posting posting = byFeature.get(key);
            if (posting != null) {
                posting.remove(story);
                if (posting.size == 0) {
                    byFeature.remove(key);
                }
            }
        }
        closed.accept(story.row());
    }

    /** Marks an open story used (null stays null): what a look-up in an access-ordered map did. */
    private Story use(Story story) {
        if (story != null) {
            recency.moveToEnd(story);
        }
        return story;
    }

    private Story mostSimilar(Vector v, EventFocus focus, long[] people, LocalDate date) {
        // The stories filed under the article's look-up features, each once, scored in story order.
        int stamp = ++visit;
        int n = 0;
        for (int i : v.lookups()) {
            Posting posting = byFeature.get(v.keys[i]);
            if (posting != null) {
                for (int k = 0; k < posting.size; k++) {
                    Story st = use(posting.stories[k]);
                    if (st.visited != stamp) {
                        st.visited = stamp;
                        if (n == candidates.length) {
                            candidates = Arrays.copyOf(candidates, n * 2);
                        }
                        candidates[n++] = st;
                    }
                }
            }
        }
        if (n == 0) {
            return null;
        }
        Arrays.sort(candidates, 0, n, BY_SEQ);
        table.fill(v);
        Story best = null;
        double bestSimilarity = 0;
        Story followed = null;
        double followedSimilarity = 0;
        for (int c = 0; c < n; c++) {
            Story st = candidates[c];
            candidates[c] = null;
            boolean near = st.withinDays(date, maxDaysApart);
            if (!near && !st.namesAnyOf(people)) {
                continue;
            }
            double similarity = st.similarity(v, table) * (near ? 1 : FOLLOW_UP);
            if (similarity >= minSimilarity && st.isAboutAnotherPerson(focus)) {
                similarity *= ANOTHER_PERSON;
            }
            if (similarity < minSimilarity) {
                continue;
            }
            if (near && similarity > bestSimilarity) { // a tie keeps the older story
                best = st;
                bestSimilarity = similarity;
            } else if (!near && similarity > followedSimilarity) {
                followed = st;
                followedSimilarity = similarity;
            }
        }
        return best != null ? best : followed;
    }

    /**
     * The similarity a report keeps with a story none of whose reports is within {@code maxDaysApart} days of it,
     * when it centres on one of the story's people ({@link #specificPeople}): a later report of the same event (an
     * arrest, a trial, a verdict) joins its story if no story of its own days does, at a higher bar.
     */
    static final double FOLLOW_UP = 0.75;
    /** A person named this often in a report is whom it is about, not a side figure. */
    static final int CENTRAL_MENTIONS = EventFocus.MIN_MENTIONS;
    /** At most this many people are kept per story for follow-ups. */
    static final int MAX_STORY_PEOPLE = 48;

    /**
     * The feature keys of the persons the article centres on ({@value #CENTRAL_MENTIONS} or more mentions) that
     * another article of the run names too and that are specific to the run (as {@link
     * DocumentFrequencies#specific}): sorted. A name in every tenth report (a president, a team's coach) ties no
     * follow-up to a story.
     */
    private long[] specificPeople(List<StoryFeatures.EntityMention> entities) {
        long[] keys = new long[entities.size()];
        int n = 0;
        for (StoryFeatures.EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && e.mentions() >= CENTRAL_MENTIONS) {
                long key = StoryFeatures.entityKey(e.id());
                int frequency = frequencies.frequency(key);
                if (frequency > 1 && frequencies.specificFrequency(frequency)) {
                    keys[n++] = key;
                }
            }
        }
        keys = Arrays.copyOf(keys, n);
        Arrays.sort(keys);
        return keys;
    }

    /**
     * The similarity an article keeps with a story about another person ({@link Story#isAboutAnotherPerson}): held
     * lower rather than refused, since a report may centre on another figure of the same event (a victim, an
     * official) and still share its particulars.
     */
    static final double ANOTHER_PERSON = 0.7;
    /** At most this many salient persons are counted per story. */
    static final int MAX_SALIENT_PERSONS = 16;

    private static final Comparator<Story> BY_SEQ = Comparator.comparingInt(st -> st.seq);

    /** Files the story under the article's heaviest features, most recent stories first, a bounded number each. */
    private void file(Story story, Vector v) {
        for (int i : v.lookups()) {
            long key = v.keys[i];
            if (!story.isFiledUnder(key)) {
                if (story.filedCount >= story.filedUnder.length) {
                    continue;
                }
                story.filedUnder[story.filedCount++] = key;
            }
            Posting posting = byFeature.computeIfAbsent(key, k -> new Posting());
            posting.remove(story);
            posting.addFirst(story);
            if (posting.size > STORIES_PER_FEATURE) {
                Story dropped = use(posting.removeLast());
                dropped.unfile(key);
            }
        }
    }

    private Vector vector(StoryFeatures f, boolean singlesKnown) {
        int n = f.keys().length;
        long[] keys = f.keys().clone();
        Arrays.sort(keys); // distinct keys: each one's place in key order finds its count and boost
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[Arrays.binarySearch(keys, f.keys()[i])] = i;
        }
        double[] weights = new double[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int frequency = frequencies.frequency(keys[k]);
            weights[k] = f.boosts()[i] * (1 + Math.log(f.counts()[i])) * specificity(frequency);
            if (!singlesKnown || frequency > 1) {
                norm += weights[k] * weights[k]; // see Story.profileNorm: only what another article may share
            }
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < n && norm > 0; k++) {
            weights[k] /= norm;
        }
        // Only features another article of the run has can find a story: the heaviest of those are the look-ups.
        int[] shared = new int[n];
        boolean[] specific = new boolean[n];
        boolean[] recurs = new boolean[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            int frequency = frequencies.frequency(keys[k]);
            specific[k] = frequencies.specificFrequency(frequency);
            recurs[k] = frequency > 1 || !singlesKnown;
            if (frequency > 1) {
                shared[count++] = k;
            }
        }
        return new Vector(keys, weights, specific, recurs, heaviest(keys, weights, Arrays.copyOf(shared, count)));
    }

    /**
     * idf^1.4 of a feature of {@code frequency} articles: what only this event's reports share (names, places,
     * years) outweighs what reports of every event of the kind share (rehab, earthquake, shooting) more than plain
     * idf would. Kept per frequency (the run's counts do not change during the pass), so the power is computed once.
     */
    private double specificity(int frequency) {
        if (frequency >= SPECIFICITY_CACHE) {
            return Math.pow(Math.max(0, frequencies.idfOf(frequency)), SPECIFICITY_POWER);
        }
        if (frequency >= specificityByFrequency.length) {
            int size = Math.min(SPECIFICITY_CACHE, Math.max(frequency + 1, specificityByFrequency.length * 2));
            int from = specificityByFrequency.length;
            specificityByFrequency = Arrays.copyOf(specificityByFrequency, size);
            Arrays.fill(specificityByFrequency, from, size, -1);
        }
        double s = specificityByFrequency[frequency];
        if (s < 0) {
            s = Math.pow(Math.max(0, frequencies.idfOf(frequency)), SPECIFICITY_POWER);
            specificityByFrequency[frequency] = s;
        }
        return s;
    }

    private static final double SPECIFICITY_POWER = 1.4;
    private static final int SPECIFICITY_CACHE = 1 << 16;
    private double[] specificityByFrequency = new double[0];

    /** An article's features sorted by key, with unit-length weights. */
    /** ... and {@code recurs}: whether another article of the run may have the feature. */
    private record Vector(long[] keys, double[] weights, boolean[] specific, boolean[] recurs, int[] lookups) {}

    /**
     * Of the features that occur in other articles too (indexes in {@code shared}), the
     * {@value #CANDIDATE_FEATURES} heaviest: the ones a story is looked up and filed under. Equal weights in key
     * order, so the choice is deterministic.
     */
    private static int[] heaviest(long[] keys, double[] weights, int[] shared) {
        int[] top = new int[Math.min(CANDIDATE_FEATURES, shared.length)];
        int size = 0;
        for (int candidate : shared) {
            // Insertion into the few kept, heaviest first: shared is in key order, so an equal weight goes after.
            int at = size;
            while (at > 0 && heavier(weights, keys, candidate, top[at - 1])) {
                at--;
            }
            if (at < top.length) {
                int end = Math.min(size, top.length - 1);
                System.arraycopy(top, at, top, at + 1, end - at);
                top[at] = candidate;
                size = Math.min(size + 1, top.length);
            }
        }
        return top;
    }

    private static boolean heavier(double[] weights, long[] keys, int a, int b) {
        int byWeight = Double.compare(weights[b], weights[a]);
        return byWeight != 0 ? byWeight < 0 : keys[a] < keys[b];
    }

    private static final class Story {
        final int seq;
        final String id;
        final String title;
        /** Profile: features sorted by key with their summed weights, the heaviest PROFILE_FEATURES kept. */
        long[] profileKeys = new long[0];

        double[] profileWeights = new double[0];
        /**
         * Length of the profile's shareable part: features no other article of the run has are left out of the
         * length, as out of the article's, so a long report full of its own details (quotes, background) is not
         * further from its story than a short one with the same shared particulars.
         */
        double profileNorm;
        /** The profile's features another article may share, in key order: the only ones a look-up can match. */
        long[] probeKeys = new long[0];

        double[] probeWeights = new double[0];
        boolean[] profileRecurs = new boolean[0];
        /** Of the story's articles, how many have each profile feature. */
        int[] profileMembers = new int[0];

        boolean[] profileSpecific = new boolean[0];
        /** Of those, the specific ones: too few of them shared and the story is out without computing a cosine. */
        long[] specificKeys = new long[0];
        /** The features it is filed under (postings), a bounded number. */
        final long[] filedUnder = new long[4 * CANDIDATE_FEATURES];

        int filedCount;
        /** The last look-up that made it a candidate, so it is scored once. */
        int visited;

        Story newer;
        Story older;
        final Set<String> sources = new LinkedHashSet<>();
        final Map<String, Double> entityWeight = new LinkedHashMap<>();
        final Map<String, String> entityName = new HashMap<>();
        /** Salient person ({@link EventFocus}) → in how many of the story's articles, and the words of the name. */
        final Map<String, Integer> personMembers = new LinkedHashMap<>();

        final Map<String, long[]> personWords = new HashMap<>();
        int articles;
        LocalDate first;
        LocalDate last;
        /** The distinct publication days of its reports (epoch days), up to one past {@value #MAX_DAYS}. */
        long[] days = new long[0];

        int dayCount;
        /** The people its reports centre on ({@link #specificPeople}), sorted keys, at most MAX_STORY_PEOPLE. */
        long[] people = new long[0];

        int peopleCount;

        Story(int seq, String id, String title) {
            this.seq = seq;
            this.id = id;
            this.title = title;
        }

        boolean isFiledUnder(long key) {
            for (int k = 0; k < filedCount; k++) {
                if (filedUnder[k] == key) {
                    return true;
                }
            }
            return false;
        }

        void unfile(long key) {
            for (int k = 0; k < filedCount; k++) {
                if (filedUnder[k] == key) {
                    System.arraycopy(filedUnder, k + 1, filedUnder, k, filedCount - k - 1);
                    filedCount--;
                    return;
                }
            }
        }

        /**
         * Whether {@code date} is within {@code maxDaysApart} days of one of the story's reports (an unknown date,
         * or a story of undated reports, rules nothing out). Near a report, not inside the story's first-to-last
         * range: a story of June and October (a verdict months after the event) is not near August. Past
         * {@value #MAX_DAYS} distinct days the range is used.
         */
        boolean withinDays(LocalDate date, int maxDaysApart) {
            if (date == null || first == null) {
                return true;
            }
            if (dayCount <= MAX_DAYS) {
                long day = date.toEpochDay();
                for (int k = 0; k < dayCount; k++) {
                    if (Math.abs(days[k] - day) <= maxDaysApart) {
                        return true;
                    }
                }
                return false;
            }
            return !date.isBefore(first.minusDays(maxDaysApart)) && !date.isAfter(last.plusDays(maxDaysApart));
        }

        private void addDay(LocalDate date) {
            long day = date.toEpochDay();
            for (int k = 0; k < dayCount; k++) {
                if (days[k] == day) {
                    return;
                }
            }
            if (dayCount <= MAX_DAYS) { // one past the bound marks a long story: the range is used from then on
                if (dayCount == days.length) {
                    days = Arrays.copyOf(days, Math.min(MAX_DAYS + 1, Math.max(2, days.length * 2)));
                }
                days[dayCount++] = day;
            }
        }

        /** Whether one of {@code people} (sorted keys) is among the story's people. */
        boolean namesAnyOf(long[] people) {
            for (long key : people) {
                if (Arrays.binarySearch(this.people, 0, peopleCount, key) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private void addPeople(long[] keys) {
            for (long key : keys) {
                int at = Arrays.binarySearch(people, 0, peopleCount, key);
                if (at < 0 && peopleCount < MAX_STORY_PEOPLE) {
                    if (peopleCount == people.length) {
                        people = Arrays.copyOf(people, Math.min(MAX_STORY_PEOPLE, Math.max(4, people.length * 2)));
                    }
                    int insert = -at - 1;
                    System.arraycopy(people, insert, people, insert + 1, peopleCount - insert);
                    people[insert] = key;
                    peopleCount++;
                }
            }
        }

        /** Cosine of the article with the profile, 0 unless they share enough specific features. */
        double similarity(Vector v, ArticleTable table) {
            int specificFound = 0;
            for (int j = 0; j < specificKeys.length && specificFound < MIN_SPECIFIC_SHARED; j++) {
                specificFound += table.indexOf(specificKeys[j]) >= 0 ? 1 : 0;
            }
            if (specificFound < MIN_SPECIFIC_SHARED) {
                return 0;
            }
            double dot = 0;
            int specificShared = 0;
            // Profile features in key order, each probed in the article's table: the same products summed in the
            // same order as a merge of the two sorted lists, without its unpredictable branches.
            for (int j = 0; j < probeKeys.length; j++) {
                int i = table.indexOf(probeKeys[j]);
                if (i >= 0) {
                    dot += probeWeights[j] * v.weights[i];
                    specificShared += v.specific[i] ? 1 : 0;
                }
            }
            if (specificShared < MIN_SPECIFIC_SHARED || dot == 0) {
                return 0;
            }
            return dot / profileNorm;
        }

        /**
         * True when the article centres on a person and the story's reports agree on another: some person is the
         * salient one in at least half of the story's articles, and none of those shares a name word with the
         * article's.
         */
        boolean isAboutAnotherPerson(EventFocus focus) {
            if (!focus.hasPerson()) {
                return false;
            }
            boolean agreed = false;
            for (Map.Entry<String, Integer> e : personMembers.entrySet()) {
                if (2 * e.getValue() >= articles) {
                    if (EventFocus.samePerson(focus.personWords(), personWords.get(e.getKey()))) {
                        return false;
                    }
                    agreed = true;
                }
            }
            return agreed;
        }

        void add(ArticleSignature s, Vector v, EventFocus focus, long[] centralPeople) {
            articles++;
            addPeople(centralPeople);
            if (focus.hasPerson()
                    && (personMembers.containsKey(focus.personId()) || personMembers.size() < MAX_SALIENT_PERSONS)) {
                personMembers.merge(focus.personId(), 1, Integer::sum);
                personWords.putIfAbsent(focus.personId(), focus.personWords());
            }
            if (s.source() != null && sources.size() < 10_000) {
                sources.add(s.source());
            }
            if (s.date() != null) {
                addDay(s.date());
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
            boolean[] recurs = new boolean[keys.length];
            boolean[] specific = new boolean[keys.length];
            int[] members = new int[keys.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < v.keys.length || j < profileKeys.length) {
                if (j == profileKeys.length || i < v.keys.length && v.keys[i] < profileKeys[j]) {
                    keys[n] = v.keys[i];
                    recurs[n] = v.recurs[i];
                    specific[n] = v.specific[i];
                    members[n] = 1;
                    weights[n++] = v.weights[i++];
                } else if (i == v.keys.length || profileKeys[j] < v.keys[i]) {
                    keys[n] = profileKeys[j];
                    recurs[n] = profileRecurs[j];
                    specific[n] = profileSpecific[j];
                    members[n] = profileMembers[j];
                    weights[n++] = profileWeights[j++];
                } else {
                    keys[n] = profileKeys[j];
                    recurs[n] = true; // two articles have it
                    specific[n] = profileSpecific[j];
                    members[n] = profileMembers[j] + 1;
                    weights[n++] = profileWeights[j++] + v.weights[i++];
                }
            }
            if (n > PROFILE_FEATURES) {
                // Keep the heaviest, and of those as heavy as the lightest kept the first in key order (the
                // smallest keys), still in key order: the weight at which the kept end is found by sorting a copy.
                double[] sorted = Arrays.copyOf(weights, n);
                Arrays.sort(sorted);
                double threshold = sorted[n - PROFILE_FEATURES];
                int above = 0;
                for (int k = 0; k < n; k++) {
                    above += weights[k] > threshold ? 1 : 0;
                }
                int atThreshold = PROFILE_FEATURES - above;
                int kept = 0;
                for (int k = 0; k < n; k++) {
                    if (weights[k] > threshold || weights[k] == threshold && atThreshold-- > 0) {
                        keys[kept] = keys[k];
                        recurs[kept] = recurs[k];
                        specific[kept] = specific[k];
                        members[kept] = members[k];
                        weights[kept++] = weights[k];
                    }
                }
                n = kept;
            }
            profileKeys = Arrays.copyOf(keys, n);
            profileWeights = Arrays.copyOf(weights, n);
            profileRecurs = Arrays.copyOf(recurs, n);
            profileSpecific = Arrays.copyOf(specific, n);
            profileMembers = Arrays.copyOf(members, n);
            // What the story's articles agree on counts: a feature is compared at its summed weight times the
            // square root of the share of the members that have it, so the details one member brought in (another
            // event's names, say, after one wrong join) draw the next article less than the story's core does.
            double[] agreed = new double[n];
            for (int k = 0; k < n; k++) {
                agreed[k] = weights[k] * Math.sqrt(members[k] / (double) articles);
            }
            int probes = 0;
            int specifics = 0;
            for (int k = 0; k < n; k++) {
                probes += recurs[k] ? 1 : 0;
                specifics += recurs[k] && specific[k] ? 1 : 0;
            }
            probeKeys = new long[probes];
            probeWeights = new double[probes];
            specificKeys = new long[specifics];
            for (int k = 0, p = 0, q = 0; k < n; k++) {
                if (recurs[k]) {
                    probeKeys[p] = keys[k];
                    probeWeights[p++] = agreed[k];
                    if (specific[k]) {
                        specificKeys[q++] = keys[k];
                    }
                }
            }
            double norm = 0;
            for (int k = 0; k < n; k++) {
                norm += recurs[k] ? agreed[k] * agreed[k] : 0;
            }
            profileNorm = Math.sqrt(norm);
        }

        StoryRow row() {
            List<Map.Entry<String, Double>> entities = new ArrayList<>(entityWeight.entrySet());
            entities.sort((a, b) -> {
                int byWeight = Double.compare(b.getValue(), a.getValue());
                return byWeight != 0 ? byWeight : a.getKey().compareTo(b.getKey());
            });
            List<String> names = entities.stream()
                    .limit(TABLE_ENTITIES)
                    .map(e -> entityName.get(e.getKey()))
                    .toList();
            return new StoryRow(id, articles, sources.size(), first, last, title, names);
        }
    }

    /** The open stories filed under one feature, most recent first, at most one more than the bound. */
    private static final class Posting {
        final Story[] stories = new Story[STORIES_PER_FEATURE + 1];
        int size;

        void remove(Story story) {
            for (int k = 0; k < size; k++) {
                if (stories[k] == story) {
                    System.arraycopy(stories, k + 1, stories, k, size - k - 1);
                    stories[--size] = null;
                    return;
                }
            }
        }

        void addFirst(Story story) {
            System.arraycopy(stories, 0, stories, 1, size);
            stories[0] = story;
            size++;
        }

        Story removeLast() {
            Story last = stories[--size];
            stories[size] = null;
            return last;
        }
    }

    /** Open stories in order of use, least recent first, linked through the stories themselves. */
    private static final class RecencyList {
        private Story oldest;
        private Story newest;

        Story first() {
            return oldest;
        }

        void addLast(Story story) {
            story.older = newest;
            story.newer = null;
            if (newest != null) {
                newest.newer = story;
            } else {
                oldest = story;
            }
            newest = story;
        }

        void remove(Story story) {
            if (story.older != null) {
                story.older.newer = story.newer;
            } else {
                oldest = story.newer;
            }
            if (story.newer != null) {
                story.newer.older = story.older;
            } else {
                newest = story.older;
            }
            story.older = null;
            story.newer = null;
        }

        void moveToEnd(Story story) {
            if (story != newest) {
                remove(story);
                addLast(story);
            }
        }

        void clear() {
            oldest = null;
            newest = null;
        }
    }

    /**
     * One article's feature keys in an open-addressing table (feature → its index in the article's vector), with
     * a bit mask in front: most profile features are not the article's, and the mask answers those in one test.
     */
    private static final class ArticleTable {
        private static final int MASK_BITS = 4096;
        private long[] slotKeys = new long[512];
        private int[] slotIndex = filled(512);
        private final long[] mask = new long[MASK_BITS / 64];
        private long[] filled = new long[0];

        void fill(Vector v) {
            for (long key : filled) {
                mask[maskBit(key) >>> 6] = 0;
                // Probing may have moved a key past its home slot: clear the run of filled slots from its home.
                for (int slot = slot(key); slotIndex[slot] >= 0; slot = next(slot)) {
                    slotIndex[slot] = -1;
                }
            }
            if (v.keys.length * 3 > slotKeys.length) { // a table at most a third full keeps probes short
                int size = Integer.highestOneBit(v.keys.length * 3) * 2;
                slotKeys = new long[size];
                slotIndex = filled(size);
            }
            for (int i = 0; i < v.keys.length; i++) {
                long key = v.keys[i];
                int bit = maskBit(key);
                mask[bit >>> 6] |= 1L << bit;
                int slot = slot(key);
                while (slotIndex[slot] >= 0) {
                    slot = next(slot);
                }
                slotKeys[slot] = key;
                slotIndex[slot] = i;
            }
            filled = v.keys;
        }

        /** The feature's index in the article's vector, or -1. */
        int indexOf(long key) {
            int bit = maskBit(key);
            if ((mask[bit >>> 6] & (1L << bit)) == 0) {
                return -1;
            }
            for (int slot = slot(key); slotIndex[slot] >= 0; slot = next(slot)) {
                if (slotKeys[slot] == key) {
                    return slotIndex[slot];
                }
            }
            return -1;
        }

        private int slot(long key) {
            return (int) key & (slotKeys.length - 1);
        }

        private int next(int slot) {
            return (slot + 1) & (slotKeys.length - 1);
        }

        private static int maskBit(long key) {
            return (int) (key >>> 52); // 0..4095: other bits than the slot's
        }

        private static int[] filled(int size) {
            int[] a = new int[size];
            Arrays.fill(a, -1);
            return a;
        }
    }
}
