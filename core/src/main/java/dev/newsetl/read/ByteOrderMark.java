package dev.newsetl.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte order marks {@link TextDecoder} honours: they settle the encoding before any guessing. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, "UTF-8", 3),
    UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16LE", 2),
    UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16BE", 2);

    final Charset charset;
    final String label;
    final int length;

    ByteOrderMark(Charset charset, String label, int length) {
        this.charset = charset;
        this.label = label;
        this.length = length;
    }

    /** The mark the bytes start with, or null. */
    static ByteOrderMark of(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return UTF_16BE;
        }
        return null;
    }
}
