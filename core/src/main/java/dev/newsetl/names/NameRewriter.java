package dev.newsetl.names;

import java.util.List;

/** Puts canonical spellings in place of the names found: {@code Erdogan's} becomes {@code Erdoğan's}. */
public final class NameRewriter {

    private NameRewriter() {}

    /**
     * {@code text} with each match replaced by its {@link NameMatch#canonicalForm()}; everything else, suffixes
     * included, is kept. Rewriting the result again (with its own matches) changes nothing.
     *
     * @param matches matches found in {@code text}, in text order, not overlapping (as {@link NameMatcher} returns)
     */
    public static String rewrite(String text, List<NameMatch> matches) {
        StringBuilder out = new StringBuilder(text.length() + 16 * matches.size());
        int at = 0;
        for (NameMatch m : matches) {
            if (m.start() < at || m.end() > text.length()) {
                throw new IllegalArgumentException("match [" + m.start() + ", " + m.end() + ") of "
                        + m.entity().id() + " overlaps the one before it or lies outside the text");
            }
            out.append(text, at, m.start()).append(m.canonicalForm());
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
