package dev.newsetl.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows of one table as RFC 4180 CSV in UTF-8. A part may be written without its header so that parts can
 * be concatenated byte for byte under one header when the run is published.
 */
public final class CsvPartWriter<T> extends PartWriter<T> {
    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final TableSchema<T> schema;
    private final CSVPrinter printer;
    private final Object[] cells;

    public CsvPartWriter(TableSchema<T> schema, OutputStream out, boolean withHeader) {
        this.schema = schema;
        this.cells = new Object[schema.columns().size()];
        try {
            this.printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), FORMAT);
            if (withHeader) {
                printer.printRecord(schema.columnNames());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line alone, as bytes, for the table's published CSV. */
    public static byte[] headerBytes(TableSchema<?> schema) {
        return (FORMAT.format(schema.columnNames().toArray()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    void append(T row) throws IOException {
        List<Column<T>> columns = schema.columns();
        for (int i = 0; i < cells.length; i++) {
            Column<T> column = columns.get(i);
            cells[i] = CsvCells.render(column.type(), column.valueOf(row));
        }
        printer.printRecord(cells);
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void finish() throws IOException {
        printer.close(true);
    }

    /** Reads a CSV file this writer's format wrote, its first line the header (the published tables). */
    static CSVParser parseWithHeader(Reader in) throws IOException {
        return FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
    }
}
