package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the lines of a JSON Lines file at listing time: each non-blank line is one record, at its offset into the
 * (decompressed) bytes. Holds no line in memory: a line over the limit is a reject found by counting its bytes.
 */
final class JsonLinesScan {
    private final InputFiles files;
    private final InputLimits limits;

    JsonLinesScan(InputFiles files, InputLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    void scan(String path, RecordSink sink) throws IOException {
        long lineStart = 0;
        try (InputStream raw = files.open(path);
                InputStream in = new BufferedInputStream(
                        new CountingInputStream(
                                Compression.of(path).decompress(raw),
                                limits.maxInflatedSize(),
                                RejectReason.INFLATED_TOO_LARGE,
                                "newsetl.input.max-inflated-size"),
                        1 << 16)) {
            long position = 0;
            boolean blank = true;
            int b;
            while (true) {
                try {
                    b = in.read();
                } catch (IOException e) {
                    sink.reject(
                            lineStart,
                            WarcScan.reasonOf(e),
                            "the rest of the file from this line: " + WarcScan.message(e));
                    return;
                }
                if (b < 0 || b == '\n') {
                    long length = position - lineStart;
                    if (!blank) {
                        if (length > limits.maxLineLength()) {
                            sink.reject(
                                    lineStart,
                                    RejectReason.LINE_TOO_LONG,
                                    length + " bytes is over the limit of " + limits.maxLineLength()
                                            + " (newsetl.input.max-line-length)");
                        } else {
                            sink.record(lineStart, length);
                        }
                    }
                    if (b < 0) {
                        return;
                    }
                    position++;
                    lineStart = position;
                    blank = true;
                    continue;
                }
                if (blank && !(b == ' ' || b == '\t' || b == '\r')) {
                    blank = false;
                }
                position++;
            }
        }
    }
}
