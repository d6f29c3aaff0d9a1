package dev.newsetl.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Picks the legacy single-byte code page of text that is not UTF-8, among the few this corpus can plausibly hold.
 * ICU4J ranks them by byte n-grams; two corrections follow, because ICU alone gets them wrong:
 * <ul>
 *   <li>English text naming Turkish people and places ({@code Erdoğan}, {@code Kalın}) is ranked ISO-8859-1/en, which
 *   would turn {@code ğ ı ş İ} into {@code ð ý þ Ý}. Bytes D0 DD DE F0 FD FE are where windows-1252 and -1254
 *   differ; Icelandic letters are far rarer in news than Turkish ones, so any of them means windows-1254.</li>
 *   <li>ICU names ISO-8859-x when it sees no byte in 0x80–0x9F; the windows code page is a superset that decodes the
 *   same bytes the same way, and also explains smart quotes and dashes, so the superset is reported.</li>
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

    private static final String WIN_LATIN1 = "windows-1252";
    private static final String WIN_TURKISH = "windows-1254";
    private static final String WIN_CENTRAL = "windows-1250";

    /** ICU's names (and the windows names its recognisers also report) mapped to the code page we decode with. */
    private static final Map<String, String> SUPERSET = Map.ofEntries(
            Map.entry("ISO-8859-1", WIN_LATIN1), Map.entry(WIN_LATIN1, WIN_LATIN1),
            Map.entry("ISO-8859-9", WIN_TURKISH), Map.entry(WIN_TURKISH, WIN_TURKISH),
            Map.entry("ISO-8859-2", WIN_CENTRAL), Map.entry(WIN_CENTRAL, WIN_CENTRAL),
            Map.entry("ISO-8859-7", "windows-1253"), Map.entry("windows-1253", "windows-1253"),
            Map.entry("windows-1251", "windows-1251"));

    /** The recognisers switched on in ICU: no CJK, no UTF-16/32 (BOM-less UTF-16 is rejected earlier for NULs). */
    private static final Set<String> DETECTABLE = Set.of("ISO-8859-1", "ISO-8859-2", "ISO-8859-7", "ISO-8859-9",
            "windows-1251");

    private static final Set<String> LATIN = Set.of(WIN_LATIN1, WIN_TURKISH, WIN_CENTRAL);

    /** Latin-script prose is mostly ASCII; beyond this share of non-ASCII bytes a Latin guess is not believed. */
    private static final double MAX_LATIN_HIGH_SHARE = 0.35;

    /** Greek and Cyrillic guesses rest on ICU alone, so they need this much confidence (ICU's 0–100 scale). */
    private static final int MIN_NON_LATIN_CONFIDENCE = 20;

    /** How far ICU may prefer Central European over Turkish before Turkish letters stop deciding. */
    private static final int TURKISH_OVER_CENTRAL_MARGIN = 15;

    private LegacyCharsetGuess() {
    }

    static Result guess(byte[] bytes, int firstBadUtf8Offset) {
        Map<String, Integer> ranked = rankWithIcu(bytes);
        boolean turkishBytes = hasTurkishOnlyBytes(bytes);
        double highShare = highByteShare(bytes);

        for (Map.Entry<String, Integer> e : ranked.entrySet()) {
            String name = e.getKey();
            if (LATIN.contains(name)) {
                if (highShare > MAX_LATIN_HIGH_SHARE) {
                    continue;
                }
                name = preferTurkish(name, ranked, turkishBytes);
            } else if (e.getValue() < MIN_NON_LATIN_CONFIDENCE) {
                continue;
            }
            String text = decodeStrictly(bytes, name);
            if (text != null) {
                return new Result(name, text, null);
            }
        }
        // ICU says nothing on very short inputs ("Café"): fall back to the two code pages this corpus is written in.
        if (highShare <= MAX_LATIN_HIGH_SHARE) {
            for (String name : turkishBytes ? new String[] {WIN_TURKISH, WIN_LATIN1}
                                            : new String[] {WIN_LATIN1, WIN_TURKISH}) {
                String text = decodeStrictly(bytes, name);
                if (text != null) {
                    return new Result(name, text, null);
                }
            }
        }
        String icuTop = ranked.isEmpty() ? "none"
                : ranked.entrySet().iterator().next().getKey() + " at confidence " + ranked.values().iterator().next();
        return new Result(null, null, String.format(
                "not UTF-8 (first invalid byte at offset %d) and no supported code page fits "
                        + "(non-ASCII share %.0f%%, ICU best guess %s)", firstBadUtf8Offset, highShare * 100, icuTop));
    }

    private static String preferTurkish(String name, Map<String, Integer> ranked, boolean turkishBytes) {
        if (!turkishBytes) {
            return name;
        }
        if (name.equals(WIN_LATIN1)) {
            return WIN_TURKISH;
        }
        if (name.equals(WIN_CENTRAL)) {
            int central = ranked.getOrDefault(WIN_CENTRAL, 0);
            int turkish = ranked.getOrDefault(WIN_TURKISH, 0);
            return turkish + TURKISH_OVER_CENTRAL_MARGIN >= central ? WIN_TURKISH : WIN_CENTRAL;
        }
        return name;
    }

    /** Supported code pages by ICU confidence, best first. */
    private static Map<String, Integer> rankWithIcu(byte[] bytes) {
        // A detector holds per-input state: one per call keeps TextDecoder safe to share between threads.
        CharsetDetector detector = new CharsetDetector();
        for (String name : CharsetDetector.getAllDetectableCharsets()) {
            detector.setDetectableCharset(name, DETECTABLE.contains(name));
        }
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
                default -> {
                }
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
        try {
            return Charset.forName(charsetName).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
