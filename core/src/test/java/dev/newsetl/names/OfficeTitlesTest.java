package dev.newsetl.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeTitlesTest {
    private static String name(String span) {
        return span.substring(OfficeTitles.nameStart(span, 0, span.length()));
    }

    @Test
    void thePersonIsTheNameAfterTheLastTitleWord() {
        assertThat(name("Genesee County Sheriff Robert J. Pickell")).isEqualTo("Robert J. Pickell");
        assertThat(name("Troy Police Chief Charles Craft")).isEqualTo("Charles Craft");
        assertThat(name("Lieutenant Gerry Scherlinck")).isEqualTo("Gerry Scherlinck");
        assertThat(name("Secretary of State Hillary Clinton")).isEqualTo("Hillary Clinton");
        assertThat(name("Sen. Ada Quill")).isEqualTo("Ada Quill");
        assertThat(name("Attorney General Eric Holder")).isEqualTo("Eric Holder");
        assertThat(name("Chief Executive Officer Tim Cook")).isEqualTo("Tim Cook");
        assertThat(name("Apple CEO Tim Cook")).isEqualTo("Tim Cook");
    }

    @Test
    void namesWithoutATitleInFrontStayWhole() {
        assertThat(name("General Motors")).isEqualTo("General Motors");
        assertThat(name("General Electric Co")).isEqualTo("General Electric Co");
        assertThat(name("Robert Pickell")).isEqualTo("Robert Pickell");
        assertThat(name("Police Chief")).isEqualTo("Police Chief"); // no name after the title
        assertThat(name("Ministry of Defence")).isEqualTo("Ministry of Defence");
        assertThat(name("Chief of the Defence Staff")).isEqualTo("Chief of the Defence Staff"); // not a name after it
        assertThat(name("President Hotel Group Holdings International Plc"))
                .isEqualTo("President Hotel Group Holdings International Plc"); // too long for a person
    }
}
