package dev.newsetl.read;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Picks the legacy single-byte code page of text that is not UTF-8, among the few this corpus can plausibly hold:
 * windows-1252 and windows-1254 first (English and Turkish news), then windows-1250, -1251 and -1253 when ICU's
 * detector is clearly sure. The detector is Apache Tika's port of ICU4J's {@code CharsetDetector} (the same n-gram
 * recognisers in a 130 kB jar instead of ICU's 15 MB). Corrections to its ranking, each for a way it misleads on this
 * corpus:
 * <ul>
 *   <li>English text naming Turkish people and places ({@code Erdoğan}, {@code Kalın}) is ranked ISO-8859-1/en, which
 *   would turn {@code ğ ı ş İ} into {@code ð ý þ Ý}. Bytes D0 DD DE F0 FD FE are where windows-1252 and -1254
 *   differ; Icelandic letters are far rarer in news than Turkish ones, so any of them means windows-1254.</li>
 *   <li>On short text ICU's n-grams are noise ({@code Café a naïve} ranks Czech first), so Western/Turkish gets a head
 *   start of {@value #WESTERN_BONUS} confidence points, and Turkish text that only uses Turkish letters where
 *   windows-1250 differs is never Central European.</li>
 *   <li>ICU names ISO-8859-x when it sees no byte in 0x80–0x9F; the windows code page is a superset that decodes the
 *   same bytes the same way and also explains smart quotes and dashes, so the superset is reported.</li>
 * </ul>
 * A guess must decode strictly (no byte left undefined), and Latin text must be mostly ASCII: random high bytes
 * decode "successfully" in most code pages, which is no evidence at all.
 */
final class LegacyCharsetGuess {

    record Result(String encoding, String text, String problem) {
        boolean decoded() {
            return text != null;
        }
    }

    private record Candidate(String name, int score) {}

    private static final String WIN_LATIN1 = "windows-1252";
    private static final String WIN_TURKISH = "windows-1254";
    private static final String WIN_CENTRAL = "windows-1250";

    /** ICU's names (and the windows names its recognisers also report) mapped to the code page we decode with. */
    private static final Map<String, String> SUPERSET = Map.ofEntries(
            Map.entry("ISO-8859-1", WIN_LATIN1),
            Map.entry(WIN_LATIN1, WIN_LATIN1),
            Map.entry("ISO-8859-9", WIN_TURKISH),
            Map.entry(WIN_TURKISH, WIN_TURKISH),
            Map.entry("ISO-8859-2", WIN_CENTRAL),
            Map.entry(WIN_CENTRAL, WIN_CENTRAL),
            Map.entry("ISO-8859-7", "windows-1253"),
            Map.entry("windows-1253", "windows-1253"),
            Map.entry("windows-1251", "windows-1251"));

    /** Latin-script prose is mostly ASCII; beyond this share of non-ASCII bytes a Latin guess is not believed. */
    private static final double MAX_LATIN_HIGH_SHARE = 0.5;

    /** Head start, in ICU confidence points (0–100), of the code pages this corpus is written in. */
    static final int WESTERN_BONUS = 20;

    /** Greek and Cyrillic guesses rest on ICU alone, so they need this much confidence. */
    private static final int MIN_NON_LATIN_CONFIDENCE = 20;

    /** Letters of the Turkish alphabet beyond ASCII, and what windows-1254 makes of bytes 0x80–0xFF. */
    private static final String TURKISH_LETTERS = "ÇçĞğİıÖöŞşÜüÂâÎîÛû";

    private static final String TURKISH_HIGH_HALF = highHalf(WIN_TURKISH);
    private static final boolean[] SAME_IN_CENTRAL_AND_TURKISH = sameHighHalf(WIN_CENTRAL, WIN_TURKISH);

    private LegacyCharsetGuess() {}

    static Result guess(byte[] bytes, int firstBadUtf8Offset) {
        Map<String, Integer> ranked = rankWithIcu(bytes);
        double highShare = highByteShare(bytes);
        boolean latinPlausible = highShare <= MAX_LATIN_HIGH_SHARE;

        for (Candidate c : candidates(bytes, ranked, latinPlausible)) {
            String text = decodeStrictly(bytes, c.name());
            if (text != null) {
                return new Result(c.name(), text, null);
            }
        }
        String icuTop = ranked.isEmpty()
                ? "none"
                : ranked.entrySet().iterator().next().getKey() + " at confidence "
                        + ranked.values().iterator().next();
        return new Result(
                null,
                null,
                String.format(
                        "not UTF-8 (first invalid byte at offset %d) and no supported code page fits "
                                + "(non-ASCII share %.0f%%, ICU best guess %s)",
                        firstBadUtf8Offset, highShare * 100, icuTop));
    }

    /** Code pages worth a strict decode, best first. Western/Turkish is always tried when the text can be Latin. */
    private static List<Candidate> candidates(byte[] bytes, Map<String, Integer> ranked, boolean latinPlausible) {
        boolean turkishBytes = hasTurkishOnlyBytes(bytes);
        List<Candidate> list = new ArrayList<>();
        if (latinPlausible) {
            int western = ranked.getOrDefault(WIN_LATIN1, 0);
            int turkish = ranked.getOrDefault(WIN_TURKISH, 0);
            // Without one of the six bytes both decode alike (Turkish with no ğ ı ş is rare): call that Western.
            String name = turkishBytes ? WIN_TURKISH : WIN_LATIN1;
            list.add(new Candidate(name, Math.max(western, turkish) + WESTERN_BONUS));
            if (ranked.containsKey(WIN_CENTRAL) && !(turkishBytes && onlyTurkishWhereCentralDiffers(bytes))) {
                list.add(new Candidate(WIN_CENTRAL, ranked.get(WIN_CENTRAL)));
            }
        }
        for (String nonLatin : List.of("windows-1251", "windows-1253")) {
            int confidence = ranked.getOrDefault(nonLatin, 0);
            if (confidence >= MIN_NON_LATIN_CONFIDENCE) {
                list.add(new Candidate(nonLatin, confidence));
            }
        }
        // Stable sort: on a tie the Western/Turkish candidate, added first, stays first.
        list.sort(Comparator.comparingInt(Candidate::score).reversed());
        return list;
    }

    /**
     * True when every byte that windows-1250 and -1254 read differently is a letter of the Turkish alphabet in
     * windows-1254: Czech or Polish text in windows-1250 always has letters like č ř ł ą that Turkish text lacks.
     */
    private static boolean onlyTurkishWhereCentralDiffers(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80 || SAME_IN_CENTRAL_AND_TURKISH[c - 0x80]) {
                continue;
            }
            if (TURKISH_LETTERS.indexOf(TURKISH_HIGH_HALF.charAt(c - 0x80)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The 128 characters of a code page's upper half (U+FFFD where a byte is undefined). */
    private static String highHalf(String charsetName) {
        byte[] high = new byte[128];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + i);
        }
        return new String(high, Charset.forName(charsetName));
    }

    private static boolean[] sameHighHalf(String a, String b) {
        String ha = highHalf(a);
        String hb = highHalf(b);
        boolean[] same = new boolean[128];
        for (int i = 0; i < same.length; i++) {
            same[i] = ha.charAt(i) == hb.charAt(i) && ha.charAt(i) != '\uFFFD';
        }
        return same;
    }

    /**
     * Supported code pages by ICU confidence, best first. Only the recognisers of ISO-8859-1, -2, -7, -9 and
     * windows-1251 report a name in {@link #SUPERSET}, so the others (CJK, UTF-16/32, EBCDIC, Arabic, Hebrew, KOI8-R:
     * Tika's {@code detectAll} runs every recogniser, ignoring {@code setDetectableCharset}) drop out here.
     */
    private static Map<String, Integer> rankWithIcu(byte[] bytes) {
        // A detector holds per-input state: one per call keeps TextDecoder safe to share between threads.
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Map<String, Integer> ranked = new LinkedHashMap<>();
        CharsetMatch[] matches = detector.detectAll();
        if (matches == null) {
            return ranked;
        }
        for (CharsetMatch m : matches) {
            String superset = SUPERSET.get(m.getName());
            if (superset != null) {
                ranked.merge(superset, m.getConfidence(), Math::max);
            }
        }
        return ranked;
    }

    private static boolean hasTurkishOnlyBytes(byte[] bytes) {
        for (byte b : bytes) {
            switch (b & 0xFF) {
                case 0xD0, 0xDD, 0xDE, 0xF0, 0xFD, 0xFE -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /** Share of bytes >= 0x80 among the bytes that are not ASCII whitespace. */
    private static double highByteShare(byte[] bytes) {
        int high = 0;
        int visible = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                continue;
            }
            visible++;
            if (c >= 0x80) {
                high++;
            }
        }
        return visible == 0 ? 0 : (double) high / visible;
    }

    /** The text, or null when a byte is undefined in the code page. */
    static String decodeStrictly(byte[] bytes, String charsetName) {
        return TextDecoder.decodeStrictly(bytes, 0, Charset.forName(charsetName));
    }
}
