package dev.newsetl.names.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer of(String lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        return Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static int bit(Gazetteer.Kind k) {
        return 1 << k.ordinal();
    }

    @Test
    void marksTheLongestPhraseAtEachStartAndTheTokensItCovers() throws IOException {
        Gazetteer g = of("new york\tCITY\nnew york city\tCITY\nyork\tCITY,GIVEN_EN\nturkiye\tCOUNTRY\n");
        String[] folded = {"in", "new", "york", "city", "and", "turkiye"};
        boolean[] starts = {false, true, true, true, false, true};
        int[] marks = g.mark(folded, starts);
        assertThat(marks[0]).isZero();
        assertThat(marks[1]).isEqualTo(bit(Gazetteer.Kind.CITY));
        assertThat(marks[2])
                .isEqualTo((bit(Gazetteer.Kind.CITY) << 8) | bit(Gazetteer.Kind.CITY) | bit(Gazetteer.Kind.GIVEN_EN));
        assertThat(marks[3]).isEqualTo(bit(Gazetteer.Kind.CITY) << 8);
        assertThat(marks[5]).isEqualTo(bit(Gazetteer.Kind.COUNTRY));
        assertThat(g.mark(new String[] {"new"}, new boolean[] {true})[0])
                .as("a prefix alone is no match")
                .isZero();
    }

    @Test
    void aBadLineOrKindIsAnError() {
        assertThatThrownBy(() -> of("ankara\n")).isInstanceOf(IOException.class).hasMessageContaining("ankara");
        assertThatThrownBy(() -> of("ankara\tTOWN\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("TOWN");
    }
}
