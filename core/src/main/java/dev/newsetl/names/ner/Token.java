package dev.newsetl.names.ner;

/** One token of a text: char offsets into it (end exclusive) and the chars as written. */
record Token(int start, int end, String text) {

    /** A Turkish or English suffix split off after an apostrophe ({@code 'ın}, {@code 's}). */
    boolean isApostropheSuffix() {
        return text.length() > 1 && NameTokenizer.isApostrophe(text.charAt(0));
    }
}
