package dev.newsetl.names.ner;

/**
 * Which tokens open a sentence, where a capital letter says less about a name: the first token, a token after
 * {@code . ! ? : …}, after a line break, or after an opening quote or bracket that itself opens one.
 */
final class SentenceStarts {

    private SentenceStarts() {}

    /** From running text: line breaks between tokens count as sentence ends (headlines, paragraphs). */
    static boolean[] of(String text, java.util.List<Token> tokens) {
        boolean[] starts = new boolean[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            boolean lineBreak = i == 0
                    || hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start());
            starts[i] = lineBreak || follows(starts, tokens.get(i - 1).text(), i);
        }
        return starts;
    }

    /** From gold sentences: {@code first[i]} marks the first token of each sentence. */
    static boolean[] of(String[] words, boolean[] first) {
        boolean[] starts = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            starts[i] = first[i] || follows(starts, words[i - 1], i);
        }
        return starts;
    }

    private static boolean follows(boolean[] starts, String previous, int i) {
        if (previous.length() != 1) {
            return previous.equals("...");
        }
        char c = previous.charAt(0);
        return switch (c) {
            case '.', '!', '?', ':', '\u2026' -> true;
            case '"', '\u201C', '\u201D', '\u00AB', '(', '[', '-', '\u2013', '\u2014', '\'' -> starts[i - 1];
            default -> false;
        };
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
