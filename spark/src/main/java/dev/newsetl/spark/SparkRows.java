package dev.newsetl.spark;

import dev.newsetl.write.Column;
import dev.newsetl.write.ColumnType;
import dev.newsetl.write.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's view of the dataset's tables, derived from {@link TableSchema} so names, order and types cannot drift from
 * the Spring Batch job's Parquet. TIMESTAMP needs {@code spark.sql.parquet.outputTimestampType=TIMESTAMP_MILLIS}
 * to be written like the job's (the runner sets it).
 */
final class SparkRows {
    private SparkRows() {}

    static StructType structType(TableSchema<?> table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            fields.add(DataTypes.createStructField(column.name(), dataType(column.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType dataType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT32 -> DataTypes.IntegerType;
            case INT64 -> DataTypes.LongType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case DATE -> DataTypes.DateType;
            case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
            case DOUBLE -> DataTypes.DoubleType;
        };
    }

    /** One row of {@code table}; Instant and LocalDate are accepted as they are, lists become arrays. */
    static <T> Row row(TableSchema<T> table, T value) {
        List<Column<T>> columns = table.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = columns.get(i).valueOf(value);
            values[i] = v instanceof List<?> list ? list.toArray(new String[0]) : v;
        }
        return RowFactory.create(values);
    }

    /** A copy of {@code row} with one column replaced. */
    static Row with(Row row, int index, Object value) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == index ? value : row.get(i);
        }
        return RowFactory.create(values);
    }

    static int indexOf(TableSchema<?> table, String column) {
        int i = table.columnNames().indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("table " + table.name() + " has no column " + column);
        }
        return i;
    }

    /** The table as CSV cells like the job's: lists as JSON arrays (Spark's CSV writer has no list type). */
    static Dataset<Row> forCsv(TableSchema<?> table, Dataset<Row> rows) {
        List<org.apache.spark.sql.Column> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            org.apache.spark.sql.Column c = functions.col(column.name());
            columns.add(
                    column.type() == ColumnType.STRING_LIST
                            ? functions.to_json(c).as(column.name())
                            : c);
        }
        return rows.select(columns.toArray(new org.apache.spark.sql.Column[0]));
    }
}
