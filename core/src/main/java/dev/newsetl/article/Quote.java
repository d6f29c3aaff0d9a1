package dev.newsetl.article;

import java.util.Objects;

/**
 * A quoted passage of an article.
 *
 * @param text     the words inside the quotation marks
 * @param speaker  who the sentence says spoke, as written (null when not named)
 * @param entityId the dictionary entity of the speaker, or null
 */
public record Quote(String text, String speaker, String entityId) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
