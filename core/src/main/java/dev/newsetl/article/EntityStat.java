package dev.newsetl.article;

import java.util.List;
import java.util.Objects;

/**
 * One entity found in one article: how often, and under which spellings.
 *
 * @param entityId     stable slug: the dictionary's ({@code ibrahim-kalin}), or for a recognized name one derived
 *                     from its folded canonical form and type ({@code per-omur-tan})
 * @param name         canonical name, e.g. {@code İbrahim Kalın}
 * @param surfaceForms the distinct spellings found, in order of first appearance
 * @param foundBy      {@link #DICTIONARY} or {@link #RECOGNIZED}
 * @param confidence   for a recognized name, the recognizer's highest confidence over its mentions; null for a
 *                     dictionary entity
 */
public record EntityStat(
        String entityId,
        String name,
        EntityType type,
        int mentions,
        List<String> surfaceForms,
        String foundBy,
        Double confidence) {
    public static final String DICTIONARY = "dictionary";
    public static final String RECOGNIZED = "recognized";

    public EntityStat {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (mentions < 1) {
            throw new IllegalArgumentException("an entity stat needs at least one mention: " + entityId);
        }
        if (!DICTIONARY.equals(foundBy) && !RECOGNIZED.equals(foundBy)) {
            throw new IllegalArgumentException("foundBy must be dictionary or recognized: " + foundBy);
        }
        surfaceForms = List.copyOf(surfaceForms);
    }

    /** A dictionary entity. */
    public EntityStat(String entityId, String name, EntityType type, int mentions, List<String> surfaceForms) {
        this(entityId, name, type, mentions, surfaceForms, DICTIONARY, null);
    }
}
