package dev.newsetl.read;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** A compression around an input file, told by its last extension ({@code .gz}, {@code .zst}). */
public enum Compression {
    NONE(""),
    GZIP(".gz"),
    ZSTD(".zst");

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    public static Compression of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(GZIP.suffix)) {
            return GZIP;
        }
        if (lower.endsWith(ZSTD.suffix)) {
            return ZSTD;
        }
        return NONE;
    }

    /** The name without this compression's suffix: {@code news.warc.gz} → {@code news.warc}. */
    public static String strip(String path) {
        Compression c = of(path);
        return path.substring(0, path.length() - c.suffix.length());
    }

    /**
     * The decompressed bytes of {@code raw}. GZIP reads every member in turn (a WARC written one member per record is
     * one stream); zstd every frame, in pure Java.
     */
    public InputStream decompress(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> raw;
            case GZIP -> new GZIPInputStream(raw, 1 << 16);
            case ZSTD -> new ZstdInputStream(new BufferedInputStream(raw, 1 << 16));
        };
    }
}
