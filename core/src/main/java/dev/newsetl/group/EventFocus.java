package dev.newsetl.group;

import dev.newsetl.article.EntityType;
import java.util.Arrays;
import java.util.List;

/**
 * Whom an article is about: the person it names most, when named at least {@value #MIN_MENTIONS} times (of equal
 * counts the first named). Two events of one kind (two actresses in rehab, two coaches fired) share the words of the
 * kind; the person at the centre of each tells them apart, so {@link StoryGrouper} holds an article whose person is
 * not the one its candidate story's reports are about at a lower similarity.
 *
 * <p>A person is compared by the words of the name (three letters or more, folded), so {@code Lohan} in one report
 * and {@code Lindsay Lohan} in another are the same person.
 *
 * @param personId    the salient person's entity id, or null when no person is named that often
 * @param personWords the word keys of that person's name (empty when none)
 */
record EventFocus(String personId, long[] personWords) {
    /** Fewer mentions than this and a person is a side figure (a spokesman, a witness), not whom the report is about. */
    static final int MIN_MENTIONS = 3;

    static final EventFocus NONE = new EventFocus(null, new long[0]);

    static EventFocus of(List<StoryFeatures.EntityMention> entities) {
        StoryFeatures.EntityMention best = null;
        for (StoryFeatures.EntityMention e : entities) {
            if (e.type() == EntityType.PERSON
                    && e.mentions() >= MIN_MENTIONS
                    && (best == null || e.mentions() > best.mentions())) {
                best = e;
            }
        }
        if (best == null) {
            return NONE;
        }
        long[] words = nameWords(best.name());
        return words.length == 0 ? NONE : new EventFocus(best.id(), words);
    }

    boolean hasPerson() {
        return personWords.length > 0;
    }

    /** Whether the two names share a word. */
    static boolean samePerson(long[] a, long[] b) {
        for (long x : a) {
            for (long y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long[] nameWords(String name) {
        List<String> words = SimHash.words(name);
        long[] keys = new long[words.size()];
        int n = 0;
        for (String w : words) {
            if (w.length() >= StoryFeatures.MIN_WORD_LENGTH && Character.isLetter(w.charAt(0))) {
                keys[n++] = StoryFeatures.wordKey(w);
            }
        }
        return Arrays.copyOf(keys, n);
    }
}
