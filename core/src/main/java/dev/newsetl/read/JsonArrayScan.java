package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the elements of a {@code .json} file holding an array of objects (or one object) at listing time, by their
 * brackets and strings alone: nothing is parsed or held here, so an element of any size or depth costs a counter.
 * Each element is parsed when its record is read, under the depth and size limits. A structural fault between
 * elements ends the scan with one reject for the rest of the file, since nothing after it can be trusted to start an
 * element.
 */
final class JsonArrayScan {
    private final InputFiles files;
    private final InputLimits limits;

    JsonArrayScan(InputFiles files, InputLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    void scan(String path, RecordSink sink) throws IOException {
        try (InputStream raw = files.open(path);
                Bytes in = new Bytes(new BufferedInputStream(
                        new CountingInputStream(
                                Compression.of(path).decompress(raw),
                                limits.maxInflatedSize(),
                                RejectReason.INFLATED_TOO_LARGE,
                                "newsetl.input.max-inflated-size"),
                        1 << 16))) {
            long elementStart = 0;
            try {
                int b = in.skipSpace();
                if (b == 0xEF) {
                    in.read();
                    in.read();
                    b = in.skipSpace();
                }
                if (b == '{') {
                    elementStart = in.position - 1;
                    element(in, sink, elementStart, '{');
                    return;
                }
                if (b != '[') {
                    sink.reject(0, RejectReason.NOT_JSON, "not a JSON array or object");
                    return;
                }
                b = in.skipSpace();
                if (b == ']') {
                    return;
                }
                while (true) {
                    elementStart = in.position - 1;
                    if (b < 0) {
                        sink.reject(elementStart, RejectReason.NOT_JSON, "the array does not end");
                        return;
                    }
                    b = element(in, sink, elementStart, b);
                    if (b < 0) {
                        return;
                    }
                    if (b == ']') {
                        return;
                    }
                    if (b != ',') {
                        sink.reject(
                                in.position - 1,
                                RejectReason.NOT_JSON,
                                "the rest of the file: expected ',' or ']' between array elements");
                        return;
                    }
                    b = in.skipSpace();
                }
            } catch (IOException e) {
                sink.reject(
                        elementStart,
                        WarcScan.reasonOf(e),
                        "the rest of the file from this element: " + WarcScan.message(e));
            }
        }
    }

    /**
     * Reads one element whose first byte {@code first} was just read; reports it; returns the first non-space byte
     * after it (or -1 after a fault that ends the scan).
     */
    private int element(Bytes in, RecordSink sink, long start, int first) throws IOException {
        int depth = 0;
        boolean inString = false;
        int b = first;
        while (true) {
            if (inString) {
                if (b == '\\') {
                    in.read();
                } else if (b == '"') {
                    inString = false;
                    if (depth == 0) {
                        break;
                    }
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    report(sink, start, in.position - 1 - start);
                    return b;
                }
                depth--;
                if (depth <= 0) {
                    break;
                }
            } else if (depth == 0 && (b == ',' || b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
                // the end of a scalar element: not an object, the reader says so
                report(sink, start, in.position - 1 - start);
                return b == ',' ? b : in.skipSpace();
            }
            b = in.read();
            if (b < 0) {
                sink.reject(start, RejectReason.NOT_JSON, "the file ends inside this element");
                return -1;
            }
        }
        report(sink, start, in.position - start);
        return in.skipSpace();
    }

    private void report(RecordSink sink, long start, long size) {
        if (size > limits.maxRecordSize()) {
            sink.reject(
                    start,
                    RejectReason.RECORD_TOO_LARGE,
                    size + " bytes is over the limit of " + limits.maxRecordSize()
                            + " (newsetl.input.max-record-size)");
        } else {
            sink.record(start, size);
        }
    }

    /** A byte stream that knows its position. */
    private static final class Bytes implements AutoCloseable {
        private final InputStream in;
        long position;

        Bytes(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        int skipSpace() throws IOException {
            int b;
            do {
                b = read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t');
            return b;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
