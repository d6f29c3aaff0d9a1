package dev.newsetl.names;

import java.util.Objects;

/**
 * One dictionary name found in a text.
 *
 * @param start         offset of the name's first char in the original text
 * @param end           offset just after the name, exclusive; a possessive or Turkish suffix after an apostrophe
 *                      ({@code Erdoğan’s}, {@code Türkiye'nin}) and a hyphenated tail ({@code Kalın-led}) are left out
 * @param entity        who or what the name refers to
 * @param canonicalForm what {@link NameRewriter} puts in place of the name: the canonical name for a full name, the
 *                      canonical spelling of the short form for a short reference ({@code Kalin → Kalın})
 * @param ambiguous     found through an alias flagged ambiguous ({@code ?MIT}): it needs the article's support
 */
public record NameMatch(int start, int end, Entity entity, String canonicalForm, boolean ambiguous) {
    public NameMatch {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(canonicalForm, "canonicalForm");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match range [" + start + ", " + end + ")");
        }
    }

    public NameMatch(int start, int end, Entity entity, String canonicalForm) {
        this(start, end, entity, canonicalForm, false);
    }

    /** The name as written in {@code text}, the text this match was found in. */
    public String surface(String text) {
        return text.substring(start, end);
    }
}
