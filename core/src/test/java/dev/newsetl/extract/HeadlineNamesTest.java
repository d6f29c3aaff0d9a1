package dev.newsetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.EntityType;
import dev.newsetl.names.RecognizedName;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineNamesTest {
    private static RecognizedName span(String title, String surface, EntityType type) {
        int at = title.indexOf(surface);
        return new RecognizedName(at, at + surface.length(), type, 0.8);
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyTheNamesItsArticleWritesAgain() {
        String title = "Harlow Mayor Ada Quill Opens New Bridge Over River Tam";
        RecognizedName quill = span(title, "Ada Quill", EntityType.PERSON);
        RecognizedName junk = span(title, "Opens New Bridge", EntityType.ORGANIZATION);
        RecognizedName tam = span(title, "River Tam", EntityType.LOCATION);
        List<String> others = Arrays.asList(
                null, "Ada Quill cut the ribbon on Monday; the bridge over the River Tam opens to traffic today.");
        assertThat(HeadlineNames.keep(title, List.of(quill, junk, tam), others)).containsExactly(quill, tam);
    }

    @Test
    void aSentenceCaseHeadlineKeepsEveryName() {
        String title = "Harlow mayor Ada Quill opens a bridge over the river";
        RecognizedName quill = span(title, "Ada Quill", EntityType.PERSON);
        assertThat(HeadlineNames.keep(title, List.of(quill), List.of("The bridge is open.")))
                .containsExactly(quill);
    }

    @Test
    void titleCaseIsMostWordsOfFourLettersCapitalizedNotAcronymsOrShouting() {
        assertThat(HeadlineNames.isTitleCase("Esther Williams Dies At 91")).isTrue();
        assertThat(HeadlineNames.isTitleCase("Actress Esther Williams dies at 91 in her home"))
                .isFalse();
        assertThat(HeadlineNames.isTitleCase("NASA AND ESA SIGN DEAL")).isFalse(); // no word with a lower-case letter
        assertThat(HeadlineNames.isTitleCase("Quake")).isFalse(); // too few words to tell
    }
}
