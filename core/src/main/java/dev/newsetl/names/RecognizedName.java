package dev.newsetl.names;

import dev.newsetl.article.EntityType;
import java.util.Objects;

/**
 * One name a {@link NameRecognizer} found: a span of the text it was given (char offsets, end exclusive), its type
 * and the recognizer's confidence in [0, 1]. The span is the name as written, suffixes included
 * ({@code Erdoğan'ın}); choosing a canonical spelling is the caller's business.
 */
public record RecognizedName(int start, int end, EntityType type, double confidence) {
    public RecognizedName {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String surface(String text) {
        return text.substring(start, end);
    }
}
