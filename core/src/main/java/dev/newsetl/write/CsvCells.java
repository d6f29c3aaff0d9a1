package dev.newsetl.write;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Renders typed values as CSV cell text: null stays null (an empty cell), lists become JSON arrays. */
final class CsvCells {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CsvCells() {}

    static Object render(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case STRING, INT32, INT64 -> value;
            case TIMESTAMP -> DateTimeFormatter.ISO_INSTANT.format((Instant) value);
            case DATE -> ((LocalDate) value).toString();
            case STRING_LIST -> JSON.writeValueAsString((List<?>) value);
            case DOUBLE -> value.toString();
        };
    }
}
