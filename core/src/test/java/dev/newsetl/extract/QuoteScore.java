package dev.newsetl.extract;

import dev.newsetl.article.Quote;
import dev.newsetl.extract.EvaluationSet.ExpectedQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Quotes against the annotation. Texts are compared after trimming white space and trailing {@code .,;:!?…}
 * (the annotation drops only the comma of {@code “...,” X said}). Per article, the quote list is right when the texts
 * match in order; per quote, a found text matches an expected one at most once; a matched quote's speaker is right
 * when the entity ids agree (expected id set), or both ids are null and the speaker texts agree ignoring case, one
 * containing the other ({@code Dr. Hany Saleh} for {@code Hany Saleh}).
 */
final class QuoteScore {

    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!?…]+$");

    private final FieldScore lists = new FieldScore("quotes");
    private int expected;
    private int found;
    private int matched;
    private int speakersRight;
    private final List<String> differences = new ArrayList<>();

    static String normalize(String quote) {
        return TRAILING.matcher(quote.strip()).replaceAll("");
    }

    void add(String file, List<ExpectedQuote> want, List<Quote> got) {
        List<String> wantTexts = want.stream().map(q -> normalize(q.quote())).toList();
        List<String> gotTexts = got.stream().map(q -> normalize(q.text())).toList();
        lists.add(file, wantTexts, gotTexts);
        expected += want.size();
        found += got.size();
        boolean[] used = new boolean[got.size()];
        for (ExpectedQuote w : want) {
            int at = -1;
            for (int i = 0; i < got.size() && at < 0; i++) {
                if (!used[i] && gotTexts.get(i).equals(normalize(w.quote()))) {
                    at = i;
                }
            }
            if (at < 0) {
                differences.add("  " + file + ": missing “" + w.quote() + "”");
                continue;
            }
            used[at] = true;
            matched++;
            Quote g = got.get(at);
            if (sameSpeaker(w, g)) {
                speakersRight++;
            } else {
                differences.add("  " + file + ": speaker of “" + abbreviate(w.quote()) + "” expected " + w.speaker()
                        + " [" + w.entityId() + "], found " + g.speaker() + " [" + g.entityId() + "]");
            }
        }
        for (int i = 0; i < got.size(); i++) {
            if (!used[i]) {
                differences.add("  " + file + ": not annotated “" + got.get(i).text() + "”");
            }
        }
    }

    private static boolean sameSpeaker(ExpectedQuote w, Quote g) {
        if (w.entityId() != null) {
            return w.entityId().equals(g.entityId());
        }
        if (g.entityId() != null || (w.speaker() == null) != (g.speaker() == null)) {
            return false;
        }
        if (w.speaker() == null) {
            return true;
        }
        String want = w.speaker().strip().toLowerCase(Locale.ROOT);
        String got = g.speaker().strip().toLowerCase(Locale.ROOT);
        return !got.isEmpty() && (want.contains(got) || got.contains(want));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    FieldScore lists() {
        return lists;
    }

    int expected() {
        return expected;
    }

    int found() {
        return found;
    }

    int matched() {
        return matched;
    }

    int speakersRight() {
        return speakersRight;
    }

    List<String> differences() {
        return differences;
    }
}
