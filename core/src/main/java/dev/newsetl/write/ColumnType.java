package dev.newsetl.write;

/** Logical column types; each maps to one Parquet type and one CSV rendering. */
public enum ColumnType {
    /** UTF-8 text: Parquet BINARY (STRING). */
    STRING,
    /** Parquet INT32. */
    INT32,
    /** Parquet INT64. */
    INT64,
    /** An {@link java.time.Instant}: Parquet INT64 TIMESTAMP(MILLIS, UTC-adjusted); CSV ISO-8601 with Z. */
    TIMESTAMP,
    /** A {@link java.time.LocalDate}: Parquet INT32 DATE; CSV yyyy-MM-dd. */
    DATE,
    /** A list of strings: Parquet LIST of STRING; CSV a JSON array. */
    STRING_LIST,
    /** Parquet DOUBLE; CSV as Java prints it ({@code 0.913}). */
    DOUBLE
}
