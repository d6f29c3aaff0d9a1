package dev.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void padsColumnsToTheWidestCellAndRightAlignsNumbers() {
        String text = new TextTable(">ID", "STATUS", ">FILES")
                .row(7, "COMPLETED", "1,200")
                .row(12, "FAILED", null)
                .render();
        assertThat(text).isEqualTo("""
                ID  STATUS     FILES
                 7  COMPLETED  1,200
                12  FAILED         -
                """);
    }

    @Test
    void durationsCountsAndTimesReadAtAGlance() {
        assertThat(Formats.duration(Duration.ofMillis(850))).isEqualTo("850ms");
        assertThat(Formats.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(Formats.duration(Duration.ofSeconds(247))).isEqualTo("4m07s");
        assertThat(Formats.duration(Duration.ofSeconds(7389))).isEqualTo("2h03m09s");
        assertThat(Formats.count(1234567L)).isEqualTo("1,234,567");
        assertThat(Formats.count(null)).isEqualTo("-");
        LocalDateTime start = LocalDateTime.parse("2026-01-30T02:00:01");
        assertThat(Formats.time(start)).isEqualTo("2026-01-30 02:00:01");
        assertThat(Formats.duration(start, null, start.plusSeconds(65))).isEqualTo("1m05s");
        assertThat(Formats.duration(null, null, start)).isEqualTo("-");
    }
}
