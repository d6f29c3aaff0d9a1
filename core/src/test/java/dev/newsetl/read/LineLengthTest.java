package dev.newsetl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineLengthTest {

    @Test
    void countsBytesBetweenLineBreaksOfAnyKind() {
        byte[] text = "12345\n1234567\r\n123\r12345678".getBytes(StandardCharsets.US_ASCII);
        assertThat(LineLength.exceeds(text, 8)).isFalse();
        assertThat(LineLength.exceeds(text, 7)).isTrue();
        assertThat(LineLength.exceeds("one line without a break".getBytes(StandardCharsets.US_ASCII), 23))
                .isTrue();
        assertThat(LineLength.exceeds(new byte[0], 0)).isFalse();
    }

    @Test
    void utf16LinesEndAtTheirLineFeedsToo() {
        byte[] text = "short\nline".getBytes(StandardCharsets.UTF_16LE);
        assertThat(LineLength.exceeds(text, 12)).isFalse(); // "short" is 10 bytes, then 00 after 0A
        assertThat(LineLength.exceeds(text, 9)).isTrue();
    }
}
