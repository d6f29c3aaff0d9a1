package dev.newsetl.group;

import dev.newsetl.article.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a story is recognised by in one article: its entities and the distinctive words of its title and lead, as
 * hashed features with a raw weight (mentions or occurrences; the run's document frequencies turn them into
 * specificity later, in {@link StoryGrouper}). The lead is where a news text says who, what, where and when; the
 * rest is background that two reports of one event do not share.
 *
 * @param keys    feature hashes, distinct
 * @param counts  occurrences (title words count twice) or mentions, per feature
 * @param boosts  1 for words; for entities {@value #PERSON_BOOST} (person), {@value #ORGANIZATION_BOOST}
 *                (organization), {@value #PLACE_BOOST} (place)
 */
public record StoryFeatures(long[] keys, int[] counts, float[] boosts) {
    /**
     * Body characters read as the lead (about the first four or five paragraphs of a news text): two reports of one
     * event often agree on its particulars (a second name, a figure, a place) only past their first paragraphs.
     */
    static final int LEAD_CHARS = 1500;
    /** At most this many features an article: up to half of them entities, then title and lead words. */
    static final int MAX_FEATURES = 128;

    /*
     * An entity's name is among the title and lead words too (Teixeira, Qeshm), so its entity feature adds to
     * the name's weight rather than standing alone: below a word's 1 for a place, about a word's for a person.
     */
    static final float PERSON_BOOST = 1.05f;
    static final float ORGANIZATION_BOOST = 0.875f;
    static final float PLACE_BOOST = 0.7f;

    static final int MIN_WORD_LENGTH = 3;
    /** Numbers count from four digits: years and large figures tell two events of one kind apart. */
    static final int MIN_NUMBER_LENGTH = 4;

    public StoryFeatures {
        if (keys.length != counts.length || keys.length != boosts.length) {
            throw new IllegalArgumentException("feature arrays of different lengths");
        }
    }

    /** One entity as the grouping sees it. */
    public record EntityMention(String id, String name, EntityType type, int mentions) {}

    public static StoryFeatures of(String title, String body, List<EntityMention> entities) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, Float> boosts = new LinkedHashMap<>();
        for (EntityMention e : entities) {
            long key = entityKey(e.id());
            if (counts.size() < MAX_FEATURES / 2 && !counts.containsKey(key)) {
                counts.put(key, new int[] {Math.max(1, e.mentions())});
                boosts.put(
                        key,
                        switch (e.type()) {
                            case PERSON -> PERSON_BOOST;
                            case ORGANIZATION -> ORGANIZATION_BOOST;
                            case LOCATION -> PLACE_BOOST;
                        });
            }
        }
        addWords(title, 2, counts, boosts);
        addWords(lead(body), 1, counts, boosts);
        long[] keys = new long[counts.size()];
        int[] c = new int[keys.length];
        float[] b = new float[keys.length];
        int i = 0;
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            keys[i] = e.getKey();
            c[i] = e.getValue()[0];
            b[i++] = boosts.get(e.getKey());
        }
        return new StoryFeatures(keys, c, b);
    }

    static long entityKey(String entityId) {
        return SimHash.hash("e\u0000" + entityId);
    }

    /** The hash of {@code "w\u0000" + foldedWord}, without building that string for every word of every lead. */
    static long wordKey(String foldedWord) {
        long h = SimHash.fnv(SimHash.fnv(SimHash.FNV_OFFSET, 'w'), '\u0000');
        for (int i = 0; i < foldedWord.length(); i++) {
            h = SimHash.fnv(h, foldedWord.charAt(i));
        }
        return SimHash.finish(h);
    }

    private static String lead(String body) {
        if (body == null || body.length() <= LEAD_CHARS) {
            return body;
        }
        int cut = body.lastIndexOf(' ', LEAD_CHARS);
        return body.substring(0, cut > 0 ? cut : LEAD_CHARS);
    }

    private static void addWords(String text, int weight, Map<Long, int[]> counts, Map<Long, Float> boosts) {
        if (text == null) {
            return;
        }
        for (String w : SimHash.words(text)) {
            if (w.length() < (hasLetter(w) ? MIN_WORD_LENGTH : MIN_NUMBER_LENGTH)) {
                continue;
            }
            long key = wordKey(w);
            int[] count = counts.get(key);
            if (count != null) {
                count[0] += weight;
            } else if (counts.size() < MAX_FEATURES) {
                counts.put(key, new int[] {weight});
                boosts.put(key, 1.0f);
            }
        }
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
