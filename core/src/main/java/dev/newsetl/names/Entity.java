package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.util.Objects;

/**
 * One dictionary entity.
 *
 * @param id            stable lower-case slug, e.g. {@code ibrahim-kalin}
 * @param canonicalName the spelling the dataset uses, e.g. {@code İbrahim Kalın}
 * @param agency        true for news agencies (an ORGANIZATION flagged {@code agency} in the dictionary)
 */
public record Entity(String id, String canonicalName, EntityType type, boolean agency) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(type, "type");
    }
}
