package dev.newsetl.read;

import dev.newsetl.article.RejectReason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Finds the records of a WARC file at listing time: where each starts, and which are articles (a {@code response}
 * with status 200 and an HTML payload), which are skipped ({@code warcinfo}, {@code request}, non-HTML, ...) and
 * which are faults. A record that does not parse, or whose length lies, is a reject at its offset, and the scan goes
 * on at the next record start it can find, so one damaged record costs one record.
 * <p>
 * Offsets are into the file itself for an uncompressed WARC and for one compressed a gzip member per record (as
 * CC-NEWS writes them), so a record can be read with one seek; for a WARC compressed as one stream (zstd, or gzip
 * around the whole file) they are into the decompressed bytes ({@link #isSeekable}).
 */
final class WarcScan {
    private static final Set<String> SKIPPED_TYPES =
            Set.of("warcinfo", "request", "metadata", "revisit", "resource", "conversion", "continuation");

    private final InputFiles files;
    private final InputLimits limits;

    WarcScan(InputFiles files, InputLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    /**
     * True when the records of {@code path} can be read at their offsets in the file: uncompressed, or gzip with one
     * member per record (the second record starts at a new member). Decided from the first two records only.
     */
    static boolean isSeekable(InputFiles files, String path) throws IOException {
        Compression compression = Compression.of(path);
        if (compression == Compression.NONE) {
            return true;
        }
        if (compression != Compression.GZIP) {
            return false;
        }
        try (WarcReader reader = new WarcReader(Channels.newChannel(files.open(path)))) {
            reader.setLenient(true);
            if (reader.next().isEmpty()) {
                return true;
            }
            if (reader.next().isEmpty()) {
                return true;
            }
            // Inside one member jwarc cannot tell where a record starts in the file (it gives the member's end):
            // one member per record means a new member where the second record starts.
            long second = reader.position();
            if (second <= 0 || second >= files.size(path)) {
                return false;
            }
            try (InputStream in = files.openAt(path, second)) {
                return java.util.Arrays.equals(in.readNBytes(MagicSearch.GZIP_MEMBER.length), MagicSearch.GZIP_MEMBER);
            }
        } catch (IOException e) {
            // A damaged start: the member-per-record layout is the one that lets the scan go on past it.
            return true;
        }
    }

    void scan(String path, long fileSize, RecordSink sink) throws IOException {
        if (isSeekable(files, path)) {
            scanSeekable(path, fileSize, sink);
        } else {
            scanStream(path, sink);
        }
    }

    private void scanSeekable(String path, long fileSize, RecordSink sink) throws IOException {
        byte[] magic = Compression.of(path) == Compression.GZIP ? MagicSearch.GZIP_MEMBER : MagicSearch.WARC_RECORD;
        long start = 0;
        long inflated = 0;
        while (start >= 0 && start < fileSize) {
            Pending pending = null;
            boolean[] badTrailer = {false};
            try (WarcReader reader = new WarcReader(Channels.newChannel(files.openAt(path, start)))) {
                reader.onWarning(warning -> {
                    if (warning.contains("trailer")) {
                        badTrailer[0] = true;
                    }
                });
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    long position = start + reader.position();
                    if (pending != null) {
                        pending.emit(position - pending.offset, badTrailer[0], sink);
                        pending = null;
                    }
                    badTrailer[0] = false;
                    if (next.isEmpty()) {
                        start = -1;
                        break;
                    }
                    WarcRecord record = next.get();
                    inflated += record.body().size();
                    if (inflated > limits.maxInflatedSize()) {
                        sink.reject(
                                position,
                                RejectReason.INFLATED_TOO_LARGE,
                                "the rest of the file: more than " + limits.maxInflatedSize()
                                        + " bytes of records (newsetl.input.max-inflated-size)");
                        return;
                    }
                    try {
                        pending = classify(record, position);
                    } catch (IOException | RuntimeException e) {
                        sink.reject(position, reasonOf(e), "record does not read: " + message(e));
                        start = MagicSearch.find(files, path, position + 1, magic);
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // next() failed: the record before lied about its length, or the next one is damaged.
                long from = pending != null ? pending.offset : start;
                long damaged = MagicSearch.find(files, path, from + 1, magic);
                if (pending != null) {
                    if (badTrailer[0]) {
                        pending.emit(0, true, sink);
                        start = damaged;
                        continue;
                    }
                    pending.emit((damaged < 0 ? fileSize : damaged) - pending.offset, false, sink);
                } else {
                    damaged = start;
                }
                if (damaged < 0) {
                    return;
                }
                sink.reject(damaged, reasonOf(e), "record does not read: " + message(e));
                start = MagicSearch.find(files, path, damaged + 1, magic);
            }
        }
    }

    /** A WARC that is one compressed stream: records by decompressed offset; a fault ends the file. */
    private void scanStream(String path, RecordSink sink) throws IOException {
        Pending pending = null;
        long position = 0;
        try (InputStream raw = files.open(path);
                CountingInputStream in = new CountingInputStream(
                        Compression.of(path).decompress(raw),
                        limits.maxInflatedSize(),
                        RejectReason.INFLATED_TOO_LARGE,
                        "newsetl.input.max-inflated-size");
                WarcReader reader = new WarcReader(in)) {
            boolean[] badTrailer = {false};
            reader.onWarning(warning -> badTrailer[0] |= warning.contains("trailer"));
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                position = reader.position();
                if (pending != null) {
                    pending.emit(position - pending.offset, badTrailer[0], sink);
                }
                badTrailer[0] = false;
                pending = null;
                pending = classify(next.get(), position);
            }
            if (pending != null) {
                pending.emit(in.count() - pending.offset, badTrailer[0], sink);
            }
        } catch (IOException | RuntimeException e) {
            long at = pending != null ? pending.offset : position;
            sink.reject(at, reasonOf(e), "the rest of the file from this record: " + message(e));
        }
    }

    private Pending classify(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            String type = record.type() == null ? "other" : record.type().toLowerCase(Locale.ROOT);
            return Pending.skipped(offset, SKIPPED_TYPES.contains(type) ? type : "other");
        }
        long length = record.body().size();
        if (length > limits.maxRecordSize()) {
            return Pending.rejected(
                    offset,
                    RejectReason.RECORD_TOO_LARGE,
                    length + " bytes is over the limit of " + limits.maxRecordSize()
                            + " (newsetl.input.max-record-size)");
        }
        var http = response.http();
        if (http.status() != 200) {
            http.body().consume();
            return Pending.skipped(offset, "not_200");
        }
        if (!isHtml(http.contentType())) {
            http.body().consume();
            return Pending.skipped(offset, "not_html");
        }
        // Reading to the end proves the record is as long as it says (a short file throws here).
        response.body().consume();
        return new Pending(offset, null, null, null);
    }

    static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    static RejectReason reasonOf(Throwable e) {
        if (e instanceof LimitExceeded limit) {
            return limit.reason();
        }
        if (e instanceof ZipException
                || (e instanceof EOFException
                        && e.getMessage() != null
                        && e.getMessage().contains("ZLIB"))) {
            return RejectReason.CORRUPT_COMPRESSION;
        }
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            return reasonOf(u.getCause());
        }
        return RejectReason.MALFORMED_RECORD;
    }

    static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // jwarc quotes the bytes around a parse error: keep the detail short and printable.
        m = m.replaceAll("\\p{Cntrl}", " ");
        return m.length() <= 160 ? m : m.substring(0, 157) + "...";
    }

    /** A record whose end is not known until the next one starts. */
    private record Pending(long offset, String skippedKind, RejectReason rejected, String detail) {
        static Pending skipped(long offset, String kind) {
            return new Pending(offset, kind, null, null);
        }

        static Pending rejected(long offset, RejectReason reason, String detail) {
            return new Pending(offset, null, reason, detail);
        }

        void emit(long size, boolean badTrailer, RecordSink sink) {
            if (badTrailer) {
                sink.reject(
                        offset,
                        RejectReason.MALFORMED_RECORD,
                        "the record's Content-Length does not match its content (no record end where it says)");
            } else if (rejected != null) {
                sink.reject(offset, rejected, detail);
            } else if (skippedKind != null) {
                sink.skipped(skippedKind);
            } else {
                sink.record(offset, size);
            }
        }
    }
}
