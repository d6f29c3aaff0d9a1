package dev.newsetl.names.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for the two NER corpora of {@code ../shared/ner}: CoNLL-2003 (one token a line, {@code -DOCSTART-}
 * between documents, MISC dropped to O) and Milliyet (bracketed spans, no documents: every
 * {@value #MILLIYET_DOCUMENT} consecutive sentences are taken as one document, about an article's length).
 */
final class NerCorpora {

    static final int MILLIYET_DOCUMENT = 20;
    /** Every tenth Milliyet document (index % 10 == {@value}) is the development split, never trained on. */
    static final int MILLIYET_DEV_REMAINDER = 9;

    private NerCorpora() {}

    static List<GoldDocument> conll(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Boolean> first = new ArrayList<>();
        boolean newSentence = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-DOCSTART-")) {
                flush(docs, words, tags, first);
                newSentence = true;
                continue;
            }
            if (line.isBlank()) {
                newSentence = true;
                continue;
            }
            String[] cols = line.trim().split(" ");
            String tag = cols[cols.length - 1];
            if (tag.endsWith("MISC")) {
                tag = "O";
            }
            words.add(cols[0]);
            tags.add(tag);
            first.add(newSentence);
            newSentence = false;
        }
        flush(docs, words, tags, first);
        return docs;
    }

    /** All Milliyet documents in file order; {@link #isMilliyetDev(int)} says which are the development split. */
    static List<GoldDocument> milliyet(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Boolean> first = new ArrayList<>();
        int sentences = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line = line.replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String type = null;
            boolean begin = false;
            boolean newSentence = true;
            for (String t : line.split("\\s+")) {
                if (t.startsWith("[") && t.length() > 1 && type == null) {
                    type = t.substring(1);
                    begin = true;
                    continue;
                }
                if (t.equals("]") && type != null) {
                    type = null;
                    continue;
                }
                words.add(t);
                tags.add(type == null ? "O" : (begin ? "B-" : "I-") + type);
                first.add(newSentence);
                begin = false;
                newSentence = false;
            }
            if (++sentences == MILLIYET_DOCUMENT) {
                flush(docs, words, tags, first);
                sentences = 0;
            }
        }
        flush(docs, words, tags, first);
        return docs;
    }

    static boolean isMilliyetDev(int documentIndex) {
        return documentIndex % 10 == MILLIYET_DEV_REMAINDER;
    }

    static List<GoldDocument> milliyetSplit(List<GoldDocument> all, boolean dev) {
        List<GoldDocument> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (isMilliyetDev(i) == dev) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    private static void flush(List<GoldDocument> docs, List<String> words, List<String> tags, List<Boolean> first) {
        if (words.isEmpty()) {
            return;
        }
        boolean[] f = new boolean[first.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = first.get(i);
        }
        docs.add(new GoldDocument(words.toArray(String[]::new), tags.toArray(String[]::new), f));
        words.clear();
        tags.clear();
        first.clear();
    }
}
