package dev.newsetl.testing;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds WARC files at test time the way a crawler writes them (jwarc's writer): a {@code warcinfo} record, then a
 * request and a response per page, optionally a metadata record; each record its own gzip member or plain.
 */
public final class WarcFiles {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;

    public WarcFiles(boolean gzip) {
        try {
            writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes straight to {@code file} (for large test WARCs); {@link #toByteArray} is then empty. */
    public WarcFiles(java.nio.file.Path file, boolean gzip) throws IOException {
        writer = new WarcWriter(
                java.nio.channels.FileChannel.open(
                        file,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                        java.nio.file.StandardOpenOption.WRITE),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** Where the next record starts: the offset a listing gives it. */
    public long position() {
        return writer.position();
    }

    public void close() throws IOException {
        writer.close();
    }

    public WarcFiles warcinfo() throws IOException {
        writer.write(new Warcinfo.Builder()
                .fields(java.util.Map.of("software", java.util.List.of("news-etl test")))
                .build());
        return this;
    }

    public WarcFiles request(String url) throws IOException {
        byte[] http = ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: "
                        + URI.create(url).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        writer.write(new WarcRequest.Builder(URI.create(url))
                .body(MediaType.HTTP_REQUEST, http)
                .build());
        return this;
    }

    /** A response with the given status, Content-Type header and payload. */
    public WarcFiles response(String url, int status, String contentType, byte[] payload, Instant date)
            throws IOException {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                        + payload.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        http.write(payload);
        writer.write(new WarcResponse.Builder(URI.create(url))
                .date(date)
                .body(MediaType.HTTP_RESPONSE, http.toByteArray())
                .build());
        return this;
    }

    /** A fetched page as CC-NEWS has it: request, then response. */
    public WarcFiles page(String url, String html, Instant date) throws IOException {
        request(url);
        return response(url, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), date);
    }

    public WarcFiles metadata(String url) throws IOException {
        writer.write(new WarcMetadata.Builder()
                .targetURI(URI.create(url))
                .fields(java.util.Map.of("fetchTimeMs", java.util.List.of("12")))
                .build());
        return this;
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }

    public static byte[] gzipWhole(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] zstd(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new ZstdOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
