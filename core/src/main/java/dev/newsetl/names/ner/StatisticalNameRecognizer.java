package dev.newsetl.names.ner;

import dev.newsetl.article.EntityType;
import dev.newsetl.names.NameRecognizer;
import dev.newsetl.names.RecognizedName;
import java.util.ArrayList;
import java.util.List;

/**
 * The recognizer for English and Turkish news: tokenize with offsets, compute the document's features, tag the
 * capitalized stretches greedily with the language's model, carry each name to its other occurrences, and widen a
 * name over a suffix written after an apostrophe ({@code Erdoğan'ın}). Stateless after construction, so one
 * instance serves every thread.
 */
public final class StatisticalNameRecognizer implements NameRecognizer {

    /** Text beyond this many chars is not read: a bound on the time one odd document can take. */
    static final int MAX_CHARS = 1 << 20;

    private final GreedyTagger english;
    private final GreedyTagger turkish;
    private final Gazetteer gazetteer;
    private final boolean consistency;

    StatisticalNameRecognizer(GreedyTagger english, GreedyTagger turkish, Gazetteer gazetteer, boolean consistency) {
        this.english = english;
        this.turkish = turkish;
        this.gazetteer = gazetteer;
        this.consistency = consistency;
    }

    /** The same models with document consistency switched on or off (for measuring what it gives). */
    StatisticalNameRecognizer withConsistency(boolean on) {
        return new StatisticalNameRecognizer(english, turkish, gazetteer, on);
    }

    /** The same models scoring every token ({@code false}) or only the capitalized stretches (the default). */
    StatisticalNameRecognizer withGating(boolean on) {
        return new StatisticalNameRecognizer(english.gated(on), turkish.gated(on), gazetteer, consistency);
    }

    @Override
    public List<RecognizedName> recognize(String text, String language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
            return find(bounded, language);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // odd text never stops an article: it just yields no recognized names
        }
    }

    private List<RecognizedName> find(String text, String language) {
        List<Token> tokens = NameTokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        DocumentFeatures f = new DocumentFeatures(words, SentenceStarts.of(text, tokens), gazetteer);
        GreedyTagger tagger = taggerFor(text, language);
        List<TaggedSpan> spans = tag(f, tagger);
        boolean turkishText = tagger == turkish;
        if (turkishText) {
            spans = ProperNounCues.apply(f, InstitutionNames.widen(f, spans));
        } else {
            spans = EnglishNonNames.drop(f, spans);
        }
        if (consistency) {
            spans = DocumentConsistency.extend(f, spans);
        }
        List<RecognizedName> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            TaggedSpan s = spans.get(k);
            int last = s.last();
            int end = turkishText && !s.type().equals("PER")
                    ? InstitutionNames.end(tokens.get(last), f.folded[last])
                    : tokens.get(last).end();
            boolean nextStartsThere = k + 1 < spans.size() && spans.get(k + 1).first() == last + 1;
            if (last + 1 < tokens.size()
                    && !nextStartsThere
                    && tokens.get(last + 1).isApostropheSuffix()
                    && tokens.get(last + 1).start() == tokens.get(last).end()) {
                last++;
                end = tokens.get(last).end();
            }
            if (!out.isEmpty()
                    && tokens.get(s.first()).start() < out.get(out.size() - 1).end()) {
                continue; // never overlap the name before
            }
            out.add(new RecognizedName(
                    tokens.get(s.first()).start(),
                    end,
                    typeOf(s.type()),
                    Math.min(1.0, Math.max(0.0, s.confidence()))));
        }
        return out;
    }

    /** The tagged spans of a document, in order; spans without a letter (model noise such as "2") dropped. */
    static List<TaggedSpan> tag(DocumentFeatures f, GreedyTagger tagger) {
        String[] tags = new String[f.size()];
        double[] confidence = new double[f.size()];
        tagger.tag(f, tags, confidence);
        List<TaggedSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i].equals(GreedyTagger.OUTSIDE)) {
                i++;
                continue;
            }
            String type = tags[i].substring(2);
            int first = i;
            double sum = confidence[i];
            i++;
            while (i < tags.length && tags[i].startsWith("I-") && tags[i].endsWith(type)) {
                sum += confidence[i];
                i++;
            }
            if (hasLetter(f, first, i - 1) && !isShoutedCommonWords(f, first, i - 1)) {
                spans.add(new TaggedSpan(first, i - 1, type, sum / (i - first)));
            }
        }
        return spans;
    }

    GreedyTagger taggerFor(String text, String language) {
        if ("tr".equals(language)) {
            return turkish;
        }
        if ("en".equals(language)) {
            return english;
        }
        return looksTurkish(text) ? turkish : english;
    }

    /** Without a language: Turkish when the letters only Turkish uses (ğ ş ı İ) are frequent enough. */
    static boolean looksTurkish(String text) {
        int turkish = 0;
        int letters = 0;
        int n = Math.min(text.length(), 5000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u011F' || c == '\u011E' || c == '\u015F' || c == '\u015E' || c == '\u0131' || c == '\u0130') {
                turkish++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return turkish > 0 && turkish * 200 >= letters;
    }

    /** An ALL-CAPS headline's ordinary words ({@code KONUŞTU}, {@code SAID}) are not a name. */
    private static boolean isShoutedCommonWords(DocumentFeatures f, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!f.isShouted(k) || !f.isLowerCaseWord(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(DocumentFeatures f, int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = f.words[k];
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetter(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static EntityType typeOf(String code) {
        return switch (code) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
        };
    }
}
