package dev.newsetl.names.ner;

/**
 * One annotated document of a NER corpus: tokens, their BIO tags over PER / ORG / LOC ({@code O} elsewhere, MISC
 * included), and which tokens open a sentence.
 */
record GoldDocument(String[] words, String[] tags, boolean[] sentenceFirst) {

    /** The document as running text: tokens joined by a space, an apostrophe suffix glued to its word. */
    String text(int[] starts, int[] ends) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            boolean glue = i > 0
                    && !sentenceFirst[i]
                    && words[i].length() > 1
                    && NameTokenizer.isApostrophe(words[i].charAt(0))
                    && Character.isLetter(words[i].charAt(1));
            if (i > 0 && !glue) {
                sb.append(sentenceFirst[i] ? '\n' : ' ');
            }
            starts[i] = sb.length();
            sb.append(words[i]);
            ends[i] = sb.length();
        }
        return sb.toString();
    }
}
