package dev.newsetl.read;

import dev.newsetl.article.DocumentHints;
import dev.newsetl.article.RejectReason;
import dev.newsetl.article.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * One listed WARC response record → the HTML payload of its HTTP response (transfer and content encodings undone)
 * with what the record says about it: media type, the HTTP charset, {@code WARC-Target-URI} and {@code WARC-Date}.
 */
final class WarcRecordReader {
    private final InputLimits limits;

    WarcRecordReader(InputLimits limits) {
        this.limits = limits;
    }

    /** The payload, or a {@link Rejection}. */
    Object read(byte[] record) {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(record))) {
            var next = reader.next();
            if (next.isEmpty() || !(next.get() instanceof WarcResponse response)) {
                return new Rejection(RejectReason.MALFORMED_RECORD, "no WARC response record at this offset");
            }
            var http = response.http();
            if (http.status() != 200 || !WarcScan.isHtml(http.contentType())) {
                return new Rejection(RejectReason.MALFORMED_RECORD, "not the HTML response with status 200 listed");
            }
            byte[] payload;
            try (InputStream body = http.bodyDecoded().stream()) {
                payload = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordSize() + 1));
            }
            if (payload.length > limits.maxRecordSize()) {
                return new Rejection(
                        RejectReason.RECORD_TOO_LARGE,
                        "the payload decodes to more than " + limits.maxRecordSize()
                                + " bytes (newsetl.input.max-record-size)");
            }
            return new Payload(payload, hints(response, http.contentType()));
        } catch (IOException | RuntimeException e) {
            return new Rejection(WarcScan.reasonOf(e), "record does not read: " + WarcScan.message(e));
        }
    }

    private static DocumentHints hints(WarcRecord record, MediaType type) {
        String charset = type.parameters().get("charset");
        String url = record instanceof WarcResponse r ? r.target() : null;
        return new DocumentHints(
                type.base().toString().toLowerCase(java.util.Locale.ROOT),
                charset == null || charset.isBlank() ? null : charset.strip(),
                url,
                record.date(),
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /** An article's bytes and what its container says about them. */
    record Payload(byte[] bytes, DocumentHints hints) {}
}
