package dev.newsetl.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Tells the language of a sample that {@link FunctionWordGate} left open. A script of its own decides first (Greek,
 * Hebrew, Cyrillic, Arabic: one candidate each); Latin-script samples are scored against character trigram profiles
 * of English, Turkish, German, French, Spanish and Italian, naive Bayes over the distinct trigrams inside words.
 * <p>
 * The profiles (resources {@code trigrams/<iso>.tsv.gz}, 530 KB) are Lingua 1.2.2's trigram models, copied by
 * {@code tools/lingua-trigrams.py}: the conditional probability of each trigram's last letter given its first two.
 * Lingua in low-accuracy mode scored with exactly these; what it also shipped (models up to five-grams of 75
 * languages, 80 MB, plus fastutil and Kotlin, 29 MB) was never used here. docs/QUALITY.md has the comparison.
 */
final class TrigramLanguageModel {
    static final List<String> LATIN = List.of("en", "tr", "de", "fr", "es", "it");
    /** Log probability of a trigram a profile does not have: rarer than any it has (the rarest are ~1e-5). */
    private static final double UNSEEN = Math.log(1e-6);
    /** Closer than this (1 - best / second of the log scores), the two likeliest are not told apart: null. */
    private static final double MIN_RELATIVE_DISTANCE = 0.05;

    private final Map<String, Map<String, Float>> profiles = new HashMap<>();

    TrigramLanguageModel() {
        for (String iso : LATIN) {
            profiles.put(iso, load(iso));
        }
    }

    private static Map<String, Float> load(String iso) {
        String resource = "trigrams/" + iso + ".tsv.gz";
        Map<String, Float> logProbabilities = new HashMap<>();
        try (InputStream raw = TrigramLanguageModel.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("language profile " + resource + " is missing from the classpath");
            }
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                int slash = line.indexOf('/');
                float logProbability = (float) Math.log(Double.parseDouble(line.substring(0, slash))
                        / Double.parseDouble(line.substring(slash + 1, tab)));
                for (String trigram : line.substring(tab + 1).split(" ")) {
                    logProbabilities.put(trigram, logProbability);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profile " + resource, e);
        }
        return logProbabilities;
    }

    /** The ISO 639-1 code of the sample's language, or null when the two likeliest are too close. */
    String detect(String sample) {
        String script = byScript(sample);
        if (script != null) {
            return script.isEmpty() ? null : script;
        }
        Set<String> trigrams = trigrams(sample.toLowerCase(Locale.ROOT));
        if (trigrams.isEmpty()) {
            return null;
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (String iso : LATIN) {
            Map<String, Float> profile = profiles.get(iso);
            double score = 0;
            for (String trigram : trigrams) {
                Float logProbability = profile.get(trigram);
                score += logProbability == null ? UNSEEN : logProbability;
            }
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = iso;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        return 1 - bestScore / secondScore < MIN_RELATIVE_DISTANCE ? null : best;
    }

    /**
     * The language a script of its own names: "el", "he", "ru", "ar"; "" for a mix of such scripts; null when most
     * letters are Latin (the profiles decide).
     */
    private static String byScript(String sample) {
        int latin = 0;
        Map<String, Integer> own = new HashMap<>();
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            String language = switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> null;
                case GREEK -> "el";
                case HEBREW -> "he";
                case CYRILLIC -> "ru";
                case ARABIC -> "ar";
                default -> "";
            };
            if (language == null) {
                latin++;
            } else {
                own.merge(language, 1, Integer::sum);
            }
        }
        int others = own.values().stream().mapToInt(Integer::intValue).sum();
        if (others <= latin) {
            return null;
        }
        return own.entrySet().stream()
                .filter(e -> e.getValue() * 2 > others && !e.getKey().isEmpty())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    /** Distinct trigrams of letters inside words (none across a space, a digit or punctuation). */
    static Set<String> trigrams(String text) {
        Set<String> trigrams = new HashSet<>();
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                run++;
                if (run >= 3) {
                    trigrams.add(text.substring(i - 2, i + 1));
                }
            } else {
                run = 0;
            }
        }
        return trigrams;
    }
}
