package dev.newsetl.job;

import dev.newsetl.write.ParquetSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code newsetl.parquet.*}: compression and sizing of Parquet parts. */
@ConfigurationProperties("newsetl.parquet")
public record ParquetProperties(
        @DefaultValue("zstd") String codec,
        @DefaultValue("64MB") DataSize rowGroupSize,
        @DefaultValue("1MB") DataSize pageSize) {
    public ParquetSettings settings() {
        return new ParquetSettings(codec, rowGroupSize.toBytes(), (int) pageSize.toBytes());
    }
}
