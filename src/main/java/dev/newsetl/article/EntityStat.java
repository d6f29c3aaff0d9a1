package dev.newsetl.article;

import java.util.List;
import java.util.Objects;

/**
 * One entity found in one article: how often, and under which spellings.
 *
 * @param entityId     stable slug from the dictionary, e.g. {@code ibrahim-kalin}
 * @param name         canonical name, e.g. {@code İbrahim Kalın}
 * @param surfaceForms the distinct spellings found, in order of first appearance
 */
public record EntityStat(String entityId, String name, EntityType type, int mentions, List<String> surfaceForms) {
    public EntityStat {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (mentions < 1) {
            throw new IllegalArgumentException("an entity stat needs at least one mention: " + entityId);
        }
        surfaceForms = List.copyOf(surfaceForms);
    }
}
