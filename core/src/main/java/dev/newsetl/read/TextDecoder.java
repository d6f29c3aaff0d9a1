package dev.newsetl.read;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns an input file's bytes into text, or says why they are not text. In order:
 * <ol>
 *   <li>zero bytes: {@code EMPTY};</li>
 *   <li>a byte order mark settles the encoding (UTF-8, UTF-16LE, UTF-16BE);</li>
 *   <li>NUL bytes, or more than 1% C0 control characters: {@code BINARY};</li>
 *   <li>strictly valid UTF-8 is UTF-8 (plain ASCII included);</li>
 *   <li>mostly-valid UTF-8 with broken bytes is {@code UNDECODABLE}: any single code page would produce mojibake;</li>
 *   <li>otherwise a legacy code page (see {@link LegacyCharsetGuess}), or {@code UNDECODABLE};</li>
 *   <li>line ends become {@code \n}, the text is NFC-normalised, and text that is only whitespace is {@code EMPTY},
 *   text with more than 1% U+FFFD (damaged before it reached us) {@code UNDECODABLE}.</li>
 * </ol>
 * Stateless and safe to share between threads. Never throws: bad input is data.
 */
public final class TextDecoder {

    /** More than this percentage of U+FFFD and the text was damaged by an earlier lossy decode. */
    private static final int MAX_REPLACEMENT_PERCENT = 1;

    public TextDecoder() {}

    /** The decoded text with its encoding, or a {@link Rejection} (EMPTY, BINARY, UNDECODABLE). */
    public Decoded decode(byte[] bytes) {
        try {
            return decodeOrReject(bytes);
        } catch (RuntimeException e) {
            // Not expected; still, one odd file must not stop a batch run.
            return new Rejection(RejectReason.UNDECODABLE, "decoder failure: " + e);
        }
    }

    private Decoded decodeOrReject(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Rejection(RejectReason.EMPTY, "zero bytes");
        }
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return decodeWithBom(bytes, bom);
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return new Rejection(RejectReason.BINARY, "NUL byte at offset " + nul);
        }
        ControlCharacterScan controls = ControlCharacterScan.of(bytes, 0);
        if (controls.looksBinary()) {
            return binary(controls, "bytes");
        }
        String utf8 = decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return finish(utf8, "UTF-8");
        }
        Utf8Scan scan = Utf8Scan.of(bytes, 0);
        if (scan.looksLikeDamagedUtf8()) {
            return new Rejection(
                    RejectReason.UNDECODABLE,
                    String.format(
                            "damaged or mixed UTF-8: invalid byte at offset %d (%d invalid bytes, %d valid multi-byte "
                                    + "sequences)",
                            scan.firstInvalidOffset, scan.invalid, scan.validMultiByte));
        }
        LegacyCharsetGuess.Result guess = LegacyCharsetGuess.guess(bytes, scan.firstInvalidOffset);
        if (!guess.decoded()) {
            return new Rejection(RejectReason.UNDECODABLE, guess.problem());
        }
        return finish(guess.text(), guess.encoding());
    }

    private Decoded decodeWithBom(byte[] bytes, ByteOrderMark bom) {
        String text = decodeStrictly(bytes, bom.length, bom.charset);
        if (text == null) {
            return new Rejection(
                    RejectReason.UNDECODABLE,
                    "byte order mark says " + bom.label + " but the bytes after it are not valid " + bom.label);
        }
        if (bom == ByteOrderMark.UTF_8) {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                return new Rejection(RejectReason.BINARY, "NUL byte at offset " + nul);
            }
        } else {
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                return new Rejection(RejectReason.BINARY, "NUL character at " + bom.label + " character " + nul);
            }
        }
        ControlCharacterScan controls = ControlCharacterScan.of(text);
        if (controls.looksBinary()) {
            return binary(controls, "characters");
        }
        return finish(text, bom.label);
    }

    private static Rejection binary(ControlCharacterScan controls, String unit) {
        return new Rejection(
                RejectReason.BINARY,
                String.format(
                        "%d control characters in %d %s (first at offset %d)",
                        controls.count, controls.length, unit, controls.firstOffset));
    }

    private static Decoded finish(String decoded, String encoding) {
        String text = normalizeLineEnds(stripLeadingBomCharacter(decoded));
        if (isBlank(text)) {
            return new Rejection(RejectReason.EMPTY, "only whitespace (" + encoding + ")");
        }
        int replacements = countReplacementCharacters(text);
        if (replacements > 0 && (long) replacements * 100 > (long) text.length() * MAX_REPLACEMENT_PERCENT) {
            return new Rejection(
                    RejectReason.UNDECODABLE,
                    String.format(
                            "%d U+FFFD replacement characters in %d characters: damaged by an earlier lossy decode",
                            replacements, text.length()));
        }
        // Decomposed input (i + U+0307, s + U+0327) must compare equal to the composed letters downstream.
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new DecodedText(text, encoding);
    }

    /** A second U+FEFF left at the start (a BOM written twice, or one decoded as text) is not content. */
    private static String stripLeadingBomCharacter(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\uFEFF') {
            i++;
        }
        return text.substring(i);
    }

    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
            if (!space) {
                return false;
            }
        }
        return true;
    }

    private static int countReplacementCharacters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                n++;
            }
        }
        return n;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes from {@code from} on as text, or null when one is malformed or unmappable in the charset. */
    public static String decodeStrictly(byte[] bytes, int from, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
