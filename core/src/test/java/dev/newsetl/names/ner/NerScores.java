package dev.newsetl.names.ner;

import dev.newsetl.names.RecognizedName;
import dev.newsetl.names.TurkishFolding;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision, recall and F1 of a recognizer on gold documents, per type and over all, at two levels:
 * <ul>
 * <li>mention: a recognized span counts when its start, end (an apostrophe suffix taken off) and type equal a
 * gold name's;</li>
 * <li>per document, as issue 13 defines it: the set of (spelling, type) pairs of a document, spellings folded for
 * case, diacritics and dotless i, a suffix after an apostrophe dropped.</li>
 * </ul>
 */
final class NerScores {

    static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** Counts per level ("mention", "document") and type ("PER", ..., "ALL"): tp, fp, fn. */
    private final Map<String, long[]> counts = new TreeMap<>();

    static NerScores of(StatisticalNameRecognizer recognizer, List<GoldDocument> docs, String language) {
        NerScores s = new NerScores();
        for (GoldDocument d : docs) {
            int[] starts = new int[d.words().length];
            int[] ends = new int[d.words().length];
            String text = d.text(starts, ends);
            Set<String> goldMentions = new HashSet<>();
            Set<String> goldNames = new HashSet<>();
            for (int i = 0; i < d.tags().length; i++) {
                if (d.tags()[i].startsWith("B-")) {
                    int k = i;
                    while (k + 1 < d.tags().length && d.tags()[k + 1].startsWith("I-")) {
                        k++;
                    }
                    String type = d.tags()[i].substring(2);
                    goldMentions.add(starts[i] + ":" + ends[k] + ":" + type);
                    goldNames.add(spellingKey(text.substring(starts[i], ends[k])) + "|" + type);
                }
            }
            Set<String> foundMentions = new HashSet<>();
            Set<String> foundNames = new HashSet<>();
            for (RecognizedName r : recognizer.recognize(text, language)) {
                String type = code(r);
                String surface = r.surface(text);
                int end = r.start() + withoutSuffix(surface).length();
                foundMentions.add(r.start() + ":" + end + ":" + type);
                foundNames.add(spellingKey(surface) + "|" + type);
            }
            s.count("mention", goldMentions, foundMentions);
            s.count("document", goldNames, foundNames);
        }
        return s;
    }

    private void count(String level, Set<String> gold, Set<String> found) {
        for (String type : TYPES) {
            long[] c = counts.computeIfAbsent(level + ":" + type, k -> new long[3]);
            long[] all = counts.computeIfAbsent(level + ":ALL", k -> new long[3]);
            String suffix = type;
            for (String g : gold) {
                if (g.endsWith(suffix)) {
                    boolean hit = found.contains(g);
                    c[hit ? 0 : 2]++;
                    all[hit ? 0 : 2]++;
                }
            }
            for (String f : found) {
                if (f.endsWith(suffix) && !gold.contains(f)) {
                    c[1]++;
                    all[1]++;
                }
            }
        }
    }

    double f1(String level, String type) {
        long[] c = counts.getOrDefault(level + ":" + type, new long[3]);
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double precision(long[] c) {
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(long[] c) {
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (String level : List.of("mention", "document")) {
            for (String type : List.of("PER", "ORG", "LOC", "ALL")) {
                long[] c = counts.getOrDefault(level + ":" + type, new long[3]);
                sb.append(String.format(
                        Locale.ROOT,
                        "  %-8s %-3s P %.3f R %.3f F1 %.3f (gold %d)%n",
                        level,
                        type,
                        precision(c),
                        recall(c),
                        f1(level, type),
                        c[0] + c[2]));
            }
        }
        return sb.toString();
    }

    /** The spelling key: folded, a suffix after the last apostrophe dropped. */
    static String spellingKey(String surface) {
        return TurkishFolding.key(withoutSuffix(surface));
    }

    static String withoutSuffix(String surface) {
        for (int i = surface.length() - 1; i > 0; i--) {
            char c = surface.charAt(i);
            if (NameTokenizer.isApostrophe(c)) {
                return surface.substring(0, i);
            }
            if (!Character.isLetter(c)) {
                break;
            }
        }
        return surface;
    }

    private static String code(RecognizedName r) {
        return switch (r.type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
        };
    }
}
