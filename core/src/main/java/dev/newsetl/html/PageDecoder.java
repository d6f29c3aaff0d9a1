package dev.newsetl.html;

import dev.newsetl.article.Decoded;
import dev.newsetl.article.DecodedText;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import dev.newsetl.read.TextDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes to text. In order: a byte order mark (it cannot be wrong, so it beats any label, as in browsers);
 * the charset the HTTP header declared; the page's own {@code <meta charset>} or {@code http-equiv} declaration
 * within its first 4 KB; then the project's detection ({@link TextDecoder}: strict UTF-8, else the legacy code pages).
 * Two corrections to a declared label, both as browsers do or for the same reason: ISO-8859-1 and US-ASCII are read
 * as windows-1252 (its superset), and bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever a
 * legacy label says (templates copied between sites keep stale labels; valid UTF-8 by accident is vanishingly rare).
 */
final class PageDecoder {
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private final TextDecoder detector = new TextDecoder();

    Decoded decode(byte[] bytes, String httpCharset) {
        if (bytes.length == 0) {
            return new Rejection(RejectReason.EMPTY, "zero bytes");
        }
        if (startsWithBom(bytes)) {
            return detector.decode(bytes);
        }
        Charset declared = charset(httpCharset);
        if (declared == null) {
            declared = charset(metaCharset(bytes));
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
            return forgiving(detector.decode(bytes), bytes);
        }
        boolean wide = declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32");
        if (!wide) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return new Rejection(RejectReason.BINARY, "NUL byte at offset " + i);
                }
            }
            if (hasMultiByteUtf8(bytes) && TextDecoder.decodeStrictly(bytes, 0, StandardCharsets.UTF_8) != null) {
                return detector.decode(bytes);
            }
        }
        String text = leniently(bytes, declared);
        if (text.isBlank()) {
            return new Rejection(RejectReason.EMPTY, "only whitespace (" + declared.name() + ")");
        }
        return new DecodedText(text, declared.name());
    }

    /**
     * A browser shows a page with a few broken bytes, replacing them, and so do we: for a text file one broken byte
     * says it is damaged, for a page it is a template and a paste that disagree. Binary stays rejected.
     */
    private static Decoded forgiving(Decoded decoded, byte[] bytes) {
        if (decoded instanceof Rejection r && r.reason() == RejectReason.UNDECODABLE) {
            Charset charset = hasMultiByteUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            return new DecodedText(leniently(bytes, charset), charset.name());
        }
        return decoded;
    }

    /** The charset a {@code <meta>} near the top of the page declares, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The Java charset for a label, with windows-1252 for ISO-8859-1 and ASCII; null when unknown. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1")
                || name.equals("latin1")
                || name.equals("latin-1")
                || name.equals("us-ascii")
                || name.equals("ascii")
                || name.equals("iso8859-1")
                || name.equals("iso_8859-1")) {
            return Charset.forName("windows-1252");
        }
        if (name.equals("iso-8859-9") || name.equals("latin5")) {
            return Charset.forName("windows-1254");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWithBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
                || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static boolean hasMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c >= 0xC2 && c <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static String leniently(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            // REPLACE never reports; kept for the checked signature.
            return new String(bytes, charset);
        }
    }
}
