package dev.newsetl.write;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table: its name (identical in CSV and Parquet), type and how to get it from a row.
 *
 * @param dictionary whether Parquet should try dictionary encoding: false for free text that is (nearly) unique per
 *                   row, where building a dictionary only to abandon it cost a third of the write step
 */
public record Column<T>(String name, ColumnType type, Function<T, ?> getter, boolean dictionary) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(getter, "getter");
    }

    public Column(String name, ColumnType type, Function<T, ?> getter) {
        this(name, type, getter, true);
    }

    public Object valueOf(T row) {
        return getter.apply(row);
    }
}
