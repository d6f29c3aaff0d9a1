package dev.newsetl.write;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Feeds rows straight to Parquet's record consumer: no intermediate Group or Avro objects on the hot path. */
final class RowWriteSupport<T> extends WriteSupport<T> {
    private final TableSchema<T> table;
    private final MessageType schema;
    private RecordConsumer consumer;

    RowWriteSupport(TableSchema<T> table) {
        this.table = table;
        this.schema = ParquetSchemas.of(table);
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(T row) {
        consumer.startMessage();
        List<Column<T>> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object value = column.valueOf(row);
            if (value == null) {
                continue;
            }
            consumer.startField(column.name(), i);
            writeValue(column.type(), value);
            consumer.endField(column.name(), i);
        }
        consumer.endMessage();
    }

    private void writeValue(ColumnType type, Object value) {
        switch (type) {
            case STRING -> consumer.addBinary(Binary.fromString((String) value));
            case INT32 -> consumer.addInteger((Integer) value);
            case INT64 -> consumer.addLong((Long) value);
            case TIMESTAMP -> consumer.addLong(((Instant) value).toEpochMilli());
            case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
            case STRING_LIST -> writeList((List<?>) value);
            case DOUBLE -> consumer.addDouble((Double) value);
        }
    }

    private void writeList(List<?> values) {
        consumer.startGroup();
        if (!values.isEmpty()) {
            consumer.startField("list", 0);
            for (Object element : values) {
                consumer.startGroup();
                if (element != null) {
                    consumer.startField("element", 0);
                    consumer.addBinary(Binary.fromString(element.toString()));
                    consumer.endField("element", 0);
                }
                consumer.endGroup();
            }
            consumer.endField("list", 0);
        }
        consumer.endGroup();
    }
}
