package dev.newsetl.extract;

/**
 * Guesses the language of an article as an ISO 639-1 code. Only the first {@value #MAX_CHARS} characters (cut at a
 * word boundary) are looked at: the opening of an article is enough to tell its language, and the cost then does not
 * grow with the article.
 *
 * <p>A fast path answers first: {@link FunctionWordGate} calls a sample English or Turkish when it is plainly so (enough
 * letters, a few function words of that language only, none of the other candidates', no letter outside its alphabet).
 * On the benchmark corpus it answers ~98% of articles at ~3 µs. The rest goes to {@link TrigramLanguageModel}: the
 * script where a script names one language (Greek, Hebrew, Cyrillic, Arabic), else trigram profiles of English,
 * Turkish, German, French, Spanish and Italian. Until issue 14 the second stage was Lingua 1.2.2 in low-accuracy mode
 * (trigrams only) on the same candidates; the profiles are its trigram models, and on the real corpora and the
 * evaluation set the two give the same answer for every article (docs/QUALITY.md, "Language detection options"),
 * without Lingua's 109 MB of jars. Tests compare the fast path against the profiles alone through
 * {@link #detectWithoutGate}.
 *
 * <p>Thread-safe: the profiles are loaded once, in the constructor. Build one instance and share it.
 */
public final class LanguageDetector {

    /**
     * How much of a text is looked at. The extractor passes the body with recognized names cut out; on that, 120
     * characters tell the language of the evaluation set as well as 160 of the raw body did (46/46), at three quarters
     * of the cost.
     */
    static final int MAX_CHARS = 120;
    /** Fewer letters than this is too little to tell a language from. */
    static final int MIN_LETTERS = 20;

    private static final class Shared {
        static final LanguageDetector INSTANCE = new LanguageDetector();
    }

    /** One detector for the whole JVM: its profiles take a fraction of a second and a few megabytes to load. */
    public static LanguageDetector shared() {
        return Shared.INSTANCE;
    }

    private final TrigramLanguageModel profiles;
    private final boolean fastPath;

    public LanguageDetector() {
        this(true);
    }

    /** @param fastPath whether {@link FunctionWordGate} may answer before the profiles (false: profiles alone) */
    LanguageDetector(boolean fastPath) {
        this.fastPath = fastPath;
        this.profiles = new TrigramLanguageModel();
    }

    /**
     * @return the ISO 639-1 code ({@code en}, {@code tr}, ...) of the text's language, or null when the text is
     *         null, has fewer than {@value #MIN_LETTERS} letters, or the detector is not confident
     */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = head(text);
        if (countLetters(sample) < MIN_LETTERS) {
            return null;
        }
        if (fastPath) {
            String plain = FunctionWordGate.decide(sample);
            if (plain != null) {
                return plain;
            }
        }
        return profiles.detect(sample);
    }

    /** What the profiles alone say of the text (same sample, same MIN_LETTERS rule): the fast path's reference. */
    String detectWithoutGate(String text) {
        if (text == null) {
            return null;
        }
        String sample = head(text);
        return countLetters(sample) < MIN_LETTERS ? null : profiles.detect(sample);
    }

    /** The first MAX_CHARS characters, cut back to a word boundary so no half word skews the trigrams. */
    static String head(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = end;
        while (space > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        return text.substring(0, space > MAX_CHARS / 2 ? space : end);
    }

    private static int countLetters(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (letters >= MIN_LETTERS) {
                    return letters;
                }
            }
            i += Character.charCount(cp);
        }
        return letters;
    }
}
