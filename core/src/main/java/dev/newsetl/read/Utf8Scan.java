package dev.newsetl.read;

/**
 * Walks bytes as UTF-8 and counts well-formed multi-byte sequences and the bytes that break the rules. Text in a
 * legacy code page almost never forms valid multi-byte sequences by accident, so many of them next to a few broken
 * bytes means damaged or mixed UTF-8, which no single code page can decode without mojibake.
 */
final class Utf8Scan {

    final int validMultiByte;
    final int invalid;
    final int firstInvalidOffset;

    private Utf8Scan(int validMultiByte, int invalid, int firstInvalidOffset) {
        this.validMultiByte = validMultiByte;
        this.invalid = invalid;
        this.firstInvalidOffset = firstInvalidOffset;
    }

    static Utf8Scan of(byte[] b, int from) {
        int valid = 0;
        int invalid = 0;
        int first = -1;
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len > 0) {
                valid++;
                i += len;
            } else {
                invalid++;
                if (first < 0) {
                    first = i;
                }
                i++;
            }
        }
        return new Utf8Scan(valid, invalid, first);
    }

    /** Mostly UTF-8 with some broken bytes, rather than a legacy code page. */
    boolean looksLikeDamagedUtf8() {
        return validMultiByte > 0 && validMultiByte >= invalid;
    }

    /** Length of the well-formed sequence starting at i (Unicode table 3-7), or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
            return cont(b, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            int lo = c == 0xE0 ? 0xA0 : 0x80;
            int hi = c == 0xED ? 0x9F : 0xBF;
            return cont(b, i + 1, lo, hi) && cont(b, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            int lo = c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xF4 ? 0x8F : 0xBF;
            return cont(b, i + 1, lo, hi) && cont(b, i + 2, 0x80, 0xBF) && cont(b, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean cont(byte[] b, int i, int lo, int hi) {
        if (i >= b.length) {
            return false;
        }
        int c = b[i] & 0xFF;
        return c >= lo && c <= hi;
    }
}
