package dev.newsetl.extract;

import java.util.Arrays;

/**
 * Answers the language of a sample that is plainly English or plainly Turkish from its function words alone, and
 * says nothing (null) about everything else, which then goes to the trigram profiles ({@link TrigramLanguageModel}).
 * Conservative by construction: a sample is
 * answered only when it has at least {@value #MIN_LETTERS} letters, a few distinct function words found only in that
 * language's list ({@value #MIN_ENGLISH} English, {@value #MIN_TURKISH} Turkish), no word of the other candidate
 * languages' lists, and no letter outside that language's alphabet (ASCII for English; for Turkish, an ı, İ, ğ or ş is
 * required). Measured against Lingua as {@link LanguageDetector} configures it: never another language than Lingua's;
 * the only differences are samples Lingua leaves undecided (another language within its 5% margin, e.g. English
 * full of French-looking words: "Prices of medicine ... a survey by the local chamber of commerce"), which this calls
 * English.
 *
 * <p>Words are letter runs, compared case-insensitively without building a String per word: each run is packed
 * into a {@code long} (6 bits a letter, at most {@value #MAX_WORD} letters) and looked up in a sorted table.
 * Turkish case rules differ ({@code I}→{@code ı}, {@code İ}→{@code i}), so a run with a capital I is looked up in both
 * foldings and takes the languages of both: a conflict then blocks the answer rather than deciding it.
 */
final class FunctionWordGate {

    /**
     * Distinct English function words an English answer needs. On the benchmark corpus and the test texts 1 and 2
     * were as safe; 3 keeps a margin and still answers 97.8% of the corpus.
     */
    static final int MIN_ENGLISH = 3;
    /**
     * Distinct Turkish function words a Turkish answer needs (besides an ı, İ, ğ or ş). Turkish puts its grammar in
     * suffixes, so 120 characters hold fewer free-standing words: 3 answered half of the Turkish test texts, 2 answer
     * 21 of 25, and no window of the test texts got another answer from Lingua at 1, 2 or 3.
     */
    static final int MIN_TURKISH = 2;

    /**
     * Letters a sample needs before the gate answers. Lingua itself calls short English snippets French, German or
     * Turkish now and then (on 25-60 letters: "to raise the price of bus" is French to it); from 70 letters on, no
     * measured sample got another language from Lingua than from the gate.
     */
    static final int MIN_LETTERS = 70;

    private static final int EN = 1;
    private static final int TR = 2;
    private static final int DE = 4;
    private static final int FR = 8;
    private static final int ES = 16;
    private static final int IT = 32;

    // Only words that are not words of the other candidate languages: "in", "a", "on", "is", "an", "so", "was",
    // "will", "also", "but", "or", "he", "her", "no", "can", "at" are left out on purpose (German, French, Spanish,
    // Italian or Turkish words too).
    private static final String ENGLISH = "the and of with that from have has had which would their after this by been"
            + " were said says told for to it its they who not than these those when while could should about into"
            + " there what where we our you she his him them because between during against since before being other"
            + " how why some any did does only if then";
    // The other lists only stop an English (or Turkish) answer: they may hold words English also has.
    // Turkish packs its grammar into suffixes, so its list also has the reporting verbs and postpositions that
    // wire copy repeats ("said", "announced", "according to", "since", "despite"), as the English list has "said".
    private static final String TURKISH = "ve bir bu şu için ile olarak ki gibi daha çok olan sonra önce kadar göre"
            + " ancak ise veya ayrıca tarafından üzere karşı yönelik arasında değil da de iki üç yeni günü yılında"
            + " söyledi belirtti bildirdi açıkladı dedi etti oldu olduğunu yaptı yaptığı açıklamada rağmen nedeniyle"
            + " boyunca itibaren ardından hem";
    private static final String GERMAN = "der die und den das dem des mit nicht ist sich auf ein eine einen für von"
            + " zu im auch wird wurde sind nach bei aus dass hat";
    private static final String FRENCH = "le la les des une est et pour dans du sur qui au aux par pas ont été avec"
            + " ses sont cette il elle de en";
    private static final String SPANISH =
            "el los las del por una que y con para es se su al lo sus como más fue" + " ha de en";
    private static final String ITALIAN =
            "il della che gli sono del dei delle nel alla di da per è ha una con si" + " le la non al lo";

    /** Letters a word key can hold: ASCII first (1..26), then the Latin letters of the candidate languages. */
    private static final String OTHER_LETTERS = "çğıöşüâîûàáäéèêëïôùñòìíóúß";

    private static final int MAX_WORD = 10;
    /** Non-ASCII letters a Turkish sample may have; any other non-ASCII letter leaves the sample to the profiles. */
    private static final String TURKISH_LETTERS = "çğıöşüâîûÇĞİÖŞÜÂÎÛ";

    /** Longs of the per-call bit set of words already counted (small enough for the JIT to keep off the heap). */
    private static final int SEEN_WORDS = 4;

    private static final long[] KEYS;
    private static final int[] LANGUAGES;

    static {
        long[][] entries = new long[0][];
        entries = add(entries, ENGLISH, EN, false);
        entries = add(entries, TURKISH, TR, true);
        entries = add(entries, GERMAN, DE, false);
        entries = add(entries, FRENCH, FR, false);
        entries = add(entries, SPANISH, ES, false);
        entries = add(entries, ITALIAN, IT, false);
        Arrays.sort(entries, (a, b) -> Long.compare(a[0], b[0]));
        int n = 0;
        long[] keys = new long[entries.length];
        int[] languages = new int[entries.length];
        for (long[] e : entries) {
            if (n > 0 && keys[n - 1] == e[0]) {
                languages[n - 1] |= (int) e[1];
            } else {
                keys[n] = e[0];
                languages[n++] = (int) e[1];
            }
        }
        if (n > SEEN_WORDS * 64) {
            throw new IllegalStateException(
                    "decide() marks seen words in " + SEEN_WORDS * 64 + " bits; the lists " + "hold " + n);
        }
        KEYS = Arrays.copyOf(keys, n);
        LANGUAGES = Arrays.copyOf(languages, n);
    }

    private FunctionWordGate() {}

    /** Words in the lists, for the tests: how many distinct words the table holds. */
    static int tableSize() {
        return KEYS.length;
    }

    /**
     * @param sample the text the profiles would be given ({@link LanguageDetector#head})
     * @return {@code "en"} or {@code "tr"} when the sample is plainly that language, otherwise null (ask the profiles)
     */
    static String decide(CharSequence sample) {
        return decide(sample, MIN_ENGLISH, MIN_TURKISH);
    }

    /** {@link #decide(CharSequence)} with other thresholds: the measurements that picked them use it. */
    static String decide(CharSequence sample, int minEnglish, int minTurkish) {
        boolean englishPossible = true;
        boolean turkishPossible = true;
        boolean turkishMark = false;
        int english = 0;
        int turkish = 0;
        int allLetters = 0;
        long[] seen = new long[SEEN_WORDS];
        int length = sample.length();
        int i = 0;
        while (i < length) {
            char c = sample.charAt(i);
            if (!isLetter(c)) {
                if (c >= 0x80 && !isNeutral(c)) {
                    return null;
                }
                i++;
                continue;
            }
            long rootKey = 0;
            long turkishKey = 0;
            int letters = 0;
            while (i < length && isLetter(c = sample.charAt(i))) {
                if (c >= 0x80) {
                    englishPossible = false;
                    if (TURKISH_LETTERS.indexOf(c) < 0) {
                        turkishPossible = false;
                    } else if (c == 'ı' || c == 'ğ' || c == 'Ğ' || c == 'ş' || c == 'Ş' || c == 'İ') {
                        turkishMark = true;
                    }
                }
                if (!englishPossible && !turkishPossible) {
                    return null;
                }
                if (letters < MAX_WORD && rootKey >= 0) {
                    int rootCode = code(rootFold(c));
                    int turkishCode = code(turkishFold(c));
                    if (rootCode < 0 || turkishCode < 0) {
                        rootKey = -1;
                    } else {
                        rootKey = rootKey << 6 | rootCode;
                        turkishKey = turkishKey << 6 | turkishCode;
                    }
                } else {
                    rootKey = -1;
                }
                letters++;
                i++;
            }
            allLetters += letters;
            if (rootKey < 0) {
                continue;
            }
            int word = find(rootKey);
            int languages = word < 0 ? 0 : LANGUAGES[word];
            if (turkishKey != rootKey) {
                int other = find(turkishKey);
                if (other >= 0) {
                    languages |= LANGUAGES[other];
                    word = word < 0 ? other : word;
                }
            }
            if (languages == 0) {
                continue;
            }
            if ((languages & EN) == 0) {
                englishPossible = false;
            }
            if ((languages & TR) == 0) {
                turkishPossible = false;
            }
            if (!englishPossible && !turkishPossible) {
                return null;
            }
            if (languages == EN || languages == TR) {
                long bit = 1L << (word & 63);
                boolean fresh = (seen[word >> 6] & bit) == 0;
                seen[word >> 6] |= bit;
                if (fresh) {
                    if (languages == EN) {
                        english++;
                    } else {
                        turkish++;
                    }
                }
            }
        }
        if (allLetters < MIN_LETTERS) {
            return null;
        }
        if (englishPossible && english >= minEnglish) {
            return "en";
        }
        if (turkishPossible && turkishMark && turkish >= minTurkish) {
            return "tr";
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c < 0x80
                ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                : Character.isLetter(c) || Character.isSurrogate(c) || isMark(c);
    }

    /**
     * Combining marks (a decomposed {@code é}, the dot ROOT lowercasing leaves after {@code i̇}) count as letters,
     * so they fail the alphabet checks instead of silently splitting a word.
     */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Non-ASCII characters that tell nothing about the language: spaces, punctuation, currency signs. */
    private static boolean isNeutral(char c) {
        switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR,
                    Character.DASH_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION,
                    Character.CURRENCY_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static char rootFold(char c) {
        if (c < 0x80) {
            return (char) (c | 0x20);
        }
        return c == 'İ' ? 'i' : Character.toLowerCase(c);
    }

    private static char turkishFold(char c) {
        if (c == 'I') {
            return 'ı';
        }
        return c == 'İ' ? 'i' : rootFold(c);
    }

    /** 1..26 for a..z, 27.. for the other letters the lists use, -1 for any other letter. */
    private static int code(char lower) {
        if (lower >= 'a' && lower <= 'z') {
            return lower - 'a' + 1;
        }
        int at = OTHER_LETTERS.indexOf(lower);
        return at < 0 ? -1 : 27 + at;
    }

    private static int find(long key) {
        return Arrays.binarySearch(KEYS, key);
    }

    private static long[][] add(long[][] entries, String words, int language, boolean turkishFolding) {
        String[] list = words.split(" ");
        long[][] out = Arrays.copyOf(entries, entries.length + list.length);
        for (int w = 0; w < list.length; w++) {
            String word = list[w];
            if (word.length() > MAX_WORD) {
                throw new IllegalStateException("function word longer than " + MAX_WORD + ": " + word);
            }
            long key = 0;
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                int code = code(turkishFolding ? turkishFold(c) : rootFold(c));
                if (code < 0) {
                    throw new IllegalStateException("function word with a letter the keys cannot hold: " + word);
                }
                key = key << 6 | code;
            }
            out[entries.length + w] = new long[] {key, language};
        }
        return out;
    }
}
