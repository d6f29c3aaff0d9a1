package dev.newsetl.write;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** Turns a {@link TableSchema} into a Parquet message type with real logical types. */
final class ParquetSchemas {
    private ParquetSchemas() {}

    static MessageType of(TableSchema<?> table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column<?> column : table.columns()) {
            message.addField(fieldOf(column));
        }
        return message.named(table.name());
    }

    private static Type fieldOf(Column<?> column) {
        return switch (column.type()) {
            case STRING ->
                Types.optional(PrimitiveTypeName.BINARY).as(stringType()).named(column.name());
            case INT32 -> Types.optional(PrimitiveTypeName.INT32).named(column.name());
            case INT64 -> Types.optional(PrimitiveTypeName.INT64).named(column.name());
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            case TIMESTAMP ->
                Types.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS))
                        .named(column.name());
            case DATE ->
                Types.optional(PrimitiveTypeName.INT32)
                        .as(LogicalTypeAnnotation.dateType())
                        .named(column.name());
            // The standard 3-level LIST, so DuckDB, Spark and pyarrow all read it as a list of strings.
            case STRING_LIST ->
                Types.optionalList()
                        .optionalElement(PrimitiveTypeName.BINARY)
                        .as(stringType())
                        .named(column.name());
        };
    }

    /** The dotted path of a column's leaf, as Parquet's per-column writer settings name it. */
    static String leafPath(Column<?> column) {
        return column.type() == ColumnType.STRING_LIST ? column.name() + ".list.element" : column.name();
    }
}
