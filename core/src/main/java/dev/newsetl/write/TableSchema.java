package dev.newsetl.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A table of the dataset: its name (the file stem) and columns. The single source of column names and types. */
public record TableSchema<T>(String name, List<Column<T>> columns) {
    public TableSchema {
        columns = List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public static <T> Builder<T> builder(String name) {
        return new Builder<>(name);
    }

    /** Fluent builder so table definitions read like a schema listing. */
    public static final class Builder<T> {
        private final String name;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder<T> string(String column, Function<T, String> getter) {
            return add(column, ColumnType.STRING, getter);
        }

        /** A string that is (nearly) unique per row, such as an article's body: no Parquet dictionary. */
        public Builder<T> text(String column, Function<T, String> getter) {
            columns.add(new Column<>(column, ColumnType.STRING, getter, false));
            return this;
        }

        /** A list of strings that are (nearly) unique per row: no Parquet dictionary. */
        public Builder<T> textList(String column, Function<T, List<String>> getter) {
            columns.add(new Column<>(column, ColumnType.STRING_LIST, getter, false));
            return this;
        }

        public Builder<T> int32(String column, Function<T, Integer> getter) {
            return add(column, ColumnType.INT32, getter);
        }

        public Builder<T> int64(String column, Function<T, Long> getter) {
            return add(column, ColumnType.INT64, getter);
        }

        public Builder<T> timestamp(String column, Function<T, java.time.Instant> getter) {
            return add(column, ColumnType.TIMESTAMP, getter);
        }

        public Builder<T> date(String column, Function<T, java.time.LocalDate> getter) {
            return add(column, ColumnType.DATE, getter);
        }

        public Builder<T> float64(String column, Function<T, Double> getter) {
            return add(column, ColumnType.DOUBLE, getter);
        }

        public Builder<T> stringList(String column, Function<T, List<String>> getter) {
            return add(column, ColumnType.STRING_LIST, getter);
        }

        private Builder<T> add(String column, ColumnType type, Function<T, ?> getter) {
            columns.add(new Column<>(column, type, getter));
            return this;
        }

        public TableSchema<T> build() {
            return new TableSchema<>(name, columns);
        }
    }
}
