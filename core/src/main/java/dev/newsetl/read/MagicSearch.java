package dev.newsetl.read;

import java.io.IOException;
import java.io.InputStream;

/** Finds where the next record could start after a damaged one, so the rest of a file is still read. */
final class MagicSearch {
    static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    static final byte[] WARC_RECORD = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private MagicSearch() {}

    /** The offset of the first {@code magic} at or after {@code from}, or -1 when there is none. */
    static long find(InputFiles files, String path, long from, byte[] magic) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(files.openAt(path, from), 1 << 16)) {
            long position = from;
            int matched = 0;
            int b;
            while ((b = in.read()) >= 0) {
                if ((byte) b == magic[matched]) {
                    matched++;
                    if (matched == magic.length) {
                        return position - magic.length + 1;
                    }
                } else {
                    matched = (byte) b == magic[0] ? 1 : 0;
                }
                position++;
            }
            return -1;
        }
    }
}
