package dev.newsetl.names.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name the model tagged once is the same name wherever else it is written in the document: untagged
 * capitalized occurrences of a tagged name (folded, so {@code ERDOĞAN} and {@code Erdoğan} meet), and the surname
 * of a person named in full ({@code Ömür Tan} ... {@code Tan}), get the type the name got where it was tagged.
 */
final class DocumentConsistency {

    /** Added occurrences are less certain than the tagged one they copy. */
    private static final double DISCOUNT = 0.8;

    private static final int MAX_NAME_TOKENS = 6;

    private DocumentConsistency() {}

    static List<TaggedSpan> extend(DocumentFeatures f, List<TaggedSpan> tagged) {
        if (tagged.isEmpty()) {
            return tagged;
        }
        Map<String, TaggedSpan> names = new HashMap<>();
        Map<String, TaggedSpan> surnames = new HashMap<>();
        for (TaggedSpan s : tagged) {
            if (s.last() - s.first() + 1 > MAX_NAME_TOKENS) {
                continue;
            }
            names.merge(key(f, s.first(), s.last()), s, DocumentConsistency::moreConfident);
            if (s.type().equals("PER") && s.last() > s.first() && f.capital[s.last()]) {
                surnames.merge(f.folded[s.last()], s, DocumentConsistency::moreConfident);
            }
        }
        for (Map.Entry<String, TaggedSpan> e : surnames.entrySet()) {
            names.putIfAbsent(e.getKey(), e.getValue());
        }
        boolean[] covered = new boolean[f.size()];
        for (TaggedSpan s : tagged) {
            for (int k = s.first(); k <= s.last(); k++) {
                covered[k] = true;
            }
        }
        List<TaggedSpan> out = new ArrayList<>(tagged);
        boolean added = false;
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            if (covered[i] || !f.capital[i]) {
                continue;
            }
            TaggedSpan match = null;
            int matchEnd = -1;
            key.setLength(0);
            for (int k = i; k < f.size() && k - i < MAX_NAME_TOKENS && !covered[k]; k++) {
                if (k > i) {
                    key.append(' ');
                }
                key.append(f.folded[k]);
                TaggedSpan found = names.get(key.toString());
                if (found != null && f.capital[k]) {
                    match = found;
                    matchEnd = k;
                }
            }
            if (match != null) {
                out.add(new TaggedSpan(i, matchEnd, match.type(), match.confidence() * DISCOUNT));
                for (int k = i; k <= matchEnd; k++) {
                    covered[k] = true;
                }
                added = true;
                i = matchEnd;
            }
        }
        if (added) {
            out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        }
        return out;
    }

    private static TaggedSpan moreConfident(TaggedSpan a, TaggedSpan b) {
        return b.confidence() > a.confidence() ? b : a;
    }

    private static String key(DocumentFeatures f, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first) {
                sb.append(' ');
            }
            sb.append(f.folded[k]);
        }
        return sb.toString();
    }
}
