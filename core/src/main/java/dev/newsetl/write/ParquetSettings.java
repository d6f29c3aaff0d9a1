package dev.newsetl.write;

import java.util.Locale;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How Parquet parts are written.
 *
 * @param codec         compression codec name (zstd, snappy, gzip, lz4_raw, uncompressed)
 * @param rowGroupBytes target row-group size in bytes
 * @param pageBytes     target page size in bytes
 */
public record ParquetSettings(String codec, long rowGroupBytes, int pageBytes) {
    public static final ParquetSettings DEFAULTS = new ParquetSettings("zstd", 64L << 20, 1 << 20);

    public ParquetSettings {
        try {
            CompressionCodecName.valueOf(codec.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown Parquet codec '" + codec + "' (use zstd, snappy, gzip, lz4_raw or uncompressed)");
        }
        if (rowGroupBytes < 1024 || pageBytes < 1024) {
            throw new IllegalArgumentException("Parquet row group and page sizes must be at least 1 KB");
        }
    }

    CompressionCodecName codecName() {
        return CompressionCodecName.valueOf(codec.toUpperCase(Locale.ROOT));
    }
}
