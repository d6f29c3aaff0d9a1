package dev.newsetl.read;

/**
 * Counts C0 control characters that have no place in article text. Tab, line feed, carriage return and form feed
 * are allowed; so is a stray control or two in a long file (a DOS end-of-file mark, a pasted escape), which is why
 * the test is a share and not "any".
 */
final class ControlCharacterScan {

    /** More than this percentage of control characters and the input is binary, not text. */
    static final int MAX_PERCENT = 1;

    final int count;
    final int firstOffset;
    final int length;

    private ControlCharacterScan(int count, int firstOffset, int length) {
        this.count = count;
        this.firstOffset = firstOffset;
        this.length = length;
    }

    static ControlCharacterScan of(byte[] bytes, int from) {
        int count = 0;
        int first = -1;
        for (int i = from; i < bytes.length; i++) {
            if (isDisallowed(bytes[i] & 0xFF)) {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return new ControlCharacterScan(count, first, bytes.length - from);
    }

    static ControlCharacterScan of(CharSequence text) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isDisallowed(text.charAt(i))) {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return new ControlCharacterScan(count, first, text.length());
    }

    boolean looksBinary() {
        return count > 0 && (long) count * 100 > (long) length * MAX_PERCENT;
    }

    static boolean isDisallowed(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
}
