package dev.newsetl.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.OutputFile;

/** Writes rows of one table into one Parquet file. A Parquet file cannot be appended to: one writer, one part. */
public final class ParquetPartWriter<T> extends PartWriter<T> {
    private final ParquetWriter<T> writer;

    public ParquetPartWriter(TableSchema<T> table, OutputFile file, ParquetSettings settings) {
        try {
            Builder<T> builder = new Builder<>(file, new RowWriteSupport<>(table));
            for (Column<T> column : table.columns()) {
                if (!column.dictionary()) {
                    builder.withDictionaryEncoding(ParquetSchemas.leafPath(column), false);
                }
            }
            this.writer = builder.withConf(new PlainParquetConfiguration())
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(settings.codecName())
                    .withRowGroupSize(settings.rowGroupBytes())
                    .withPageSize(settings.pageBytes())
                    .withDictionaryEncoding(true)
                    .withStatisticsEnabled(true)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Parquet file " + file.getPath(), e);
        }
    }

    /**
     * Writes and deletes a one-row file, so the Parquet and Hadoop classes and the codec's native library are
     * loaded before the first partition needs them (about a second on a cold JVM). Safe to call from any thread.
     */
    public static void warmUp(ParquetSettings settings) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("newsetl-warmup", ".parquet");
            try (var writer = new ParquetPartWriter<>(
                    DatasetTables.REJECTS, new org.apache.parquet.io.LocalOutputFile(file), settings)) {
                writer.write(new dev.newsetl.article.Reject("warm-up", dev.newsetl.article.RejectReason.EMPTY, ""));
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // Only a head start: the real writers will report any real problem.
        }
    }

    @Override
    void append(T row) throws IOException {
        writer.write(row);
    }

    @Override
    void finish() throws IOException {
        writer.close();
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {
        private final WriteSupport<T> writeSupport;

        Builder(OutputFile file, WriteSupport<T> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return writeSupport;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return writeSupport;
        }
    }
}
