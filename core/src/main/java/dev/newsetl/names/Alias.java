package dev.newsetl.names;

/**
 * One spelling the matcher looks for.
 *
 * @param text          the spelling as written in the dictionary (NFC), prefixes removed
 * @param key           {@link TurkishFolding#key(String)} of {@code text}: what the matcher compares
 * @param entity        who it names
 * @param canonicalForm what rewriting puts in its place
 * @param caseSensitive letter case must be as in {@code text} (dictionary prefix {@code =})
 * @param shortForm     a short reference (dictionary prefix {@code ~}, or a derived surname)
 * @param derived       not written in the dictionary: a PERSON's surname derived from a longer name
 * @param line          the dictionary line it comes from
 * @param ambiguous     also names something else (dictionary prefix {@code ?}): counts only where the article
 *                      supports it ({@link AmbiguousAliases})
 */
record Alias(
        String text,
        String key,
        Entity entity,
        String canonicalForm,
        boolean caseSensitive,
        boolean shortForm,
        boolean derived,
        int line,
        boolean ambiguous) {

    /** Whether a case-insensitive alias still wants a capital first letter in the text (see aliases.tsv). */
    boolean wantsCapital() {
        return TurkishFolding.isCapital(text.charAt(0));
    }
}
