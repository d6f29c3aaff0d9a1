package dev.newsetl.write;

import java.util.Objects;
import java.util.function.Function;

/** One column of a table: its name (identical in CSV and Parquet), type and how to get it from a row. */
public record Column<T>(String name, ColumnType type, Function<T, ?> getter) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(getter, "getter");
    }

    public Object valueOf(T row) {
        return getter.apply(row);
    }
}
