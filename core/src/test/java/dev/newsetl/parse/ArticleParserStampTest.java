package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsetl.article.ParsedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Publication-time lines ({@link StampLine}) at the top of plain text, and the headline beside them. */
class ArticleParserStampTest {

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parseFixture(String name) {
        try (InputStream in = ArticleParserStampTest.class.getResourceAsStream("/parse/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void headlineAboveAStampLineIsTheTitleAndTheStampDatesTheStory() {
        ParsedArticle a = parseFixture("headline-then-stamp-line-one-paragraph-per-line.txt");

        assertThat(a.title()).isEqualTo("Harbour Town Council Votes To Close The Old Ferry Pier");
        assertThat(a.stampedAt()).isEqualTo(Instant.parse("2021-03-09T22:40:00Z"));
        assertThat(a.furniture()).containsExactly("March 9th, 2021 6: 40pm EDT");
        assertThat(a.paragraphs()).hasSize(3).first().asString().startsWith("The town council voted on Tuesday night");
        assertThat(a.summary()).isNull();
    }

    @Test
    void aLeadingDateLineDatesTheStoryAndTheLineBelowIsTheTitle() {
        ParsedArticle a = parseFixture("date-line-then-headline.txt");

        assertThat(a.title()).isEqualTo("Library reopens after two years of repairs");
        // a time with no zone gives the day only
        assertThat(a.stampedAt()).isEqualTo(Instant.parse("2020-02-11T00:00:00Z"));
        assertThat(a.furniture()).containsExactly("TUESDAY, FEBRUARY 11, 2020, 9: 41 AM");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void aStandfirstBetweenHeadlineAndStampIsTheSummaryAndOnlyTheFirstStampCounts() {
        ParsedArticle a = parseFixture("headline-standfirst-posted-updated-stamps.txt");

        assertThat(a.title()).isEqualTo("Rail strike called off at the last minute");
        assertThat(a.summary()).isEqualTo("Union and operator agree on a pay offer after talks through the night");
        assertThat(a.stampedAt()).isEqualTo(Instant.parse("2018-10-30T00:00:00Z"));
        assertThat(a.furniture()).containsExactly("Published: October 30, 2018", "Updated: October 31, 2018");
        assertThat(a.paragraphs())
                .containsExactly(
                        "A national rail strike planned for Thursday has been called off after the union accepted a "
                                + "revised pay offer, both sides said on Tuesday.",
                        "Trains will run to the normal timetable.");
    }

    @Test
    void aNumericStampIsTakenOutButGivesNoDate() {
        ParsedArticle a = parseFixture("headline-then-numeric-stamp-line.txt");

        assertThat(a.title()).isEqualTo("Bridge closure extended for another month");
        assertThat(a.stampedAt()).isNull();
        assertThat(a.furniture()).containsExactly("03 / 09 / 21 08: 15 PM ET");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void aSentenceWithADateUnderTheFirstLineIsBody() {
        ParsedArticle a = parseFixture("sentence-with-a-date-under-first-line-is-not-a-stamp.txt");

        assertThat(a.stampedAt()).isNull();
        assertThat(a.furniture()).isEmpty();
        assertThat(a.paragraphs()).contains("The council approved its budget on March 9, 2021, after a long debate.");
    }

    @Test
    void aDatelineUnderTheHeadlineIsNotAStamp() {
        ParsedArticle a = parser.parse("""
                Senate Passes Water Bill
                WASHINGTON, April 28 -
                The Senate passed a bill on Tuesday that sets new limits on lead in drinking water pipes across the country.
                The House votes next week.
                """);

        assertThat(a.stampedAt()).isNull();
        assertThat(a.dateline()).isEqualTo("WASHINGTON, April 28");
        assertThat(a.furniture()).doesNotContain("WASHINGTON, April 28 -");
    }

    @Test
    void aPlaceAndADateAboveAStampIsNotAHeadline() {
        ParsedArticle a = parser.parse("""
                NORWAY, June 2, 2019
                Updated: June 2, 2019 15: 01 IST
                A strong storm closed roads along the western coast of Norway on Sunday, the police said in a statement.
                """);

        assertThat(a.title()).isNull();
        assertThat(a.stampedAt()).isNull();
        assertThat(a.paragraphs()).first().isEqualTo("NORWAY, June 2, 2019");
    }

    @Test
    void aCaptionWithADateUnderTheHeadlineIsStillTheCaption() {
        ParsedArticle a = parser.parse("""
                Snow closes schools across the north
                Children play in the snow in Tromso, Norway, Jan. 5, 2020. (AP Photo)

                Schools across the north of the country were closed on Monday after the heaviest snowfall in a decade.
                """);

        assertThat(a.title()).isEqualTo("Snow closes schools across the north");
        assertThat(a.caption()).isEqualTo("Children play in the snow in Tromso, Norway, Jan. 5, 2020.");
        assertThat(a.stampedAt()).isNull();
    }

    @Test
    void aTitleHeaderLeavesTheTopAlone() {
        ParsedArticle a = parser.parse("""
                Title: Port strike ends
                Source: Example Wire

                Port strike ends after a week
                May 3, 2019
                Dock workers returned to work on Friday after a week-long strike over shift patterns, the union said.
                """);

        assertThat(a.title()).isEqualTo("Port strike ends");
        assertThat(a.stampedAt()).isNull();
    }

    @Test
    void aPageStampAfterAStampLineDoesNotReplaceItsDate() {
        ParsedArticle a = parser.parse("""
                Faiz kararı açıklandı
                September 15, 2025
                Giriş: 16 Eylül 2025, Salı 10:30 Merkez bankası politika faizini sabit tuttu ve piyasalar kararı olumlu karşıladı.
                """);

        assertThat(a.title()).isEqualTo("Faiz kararı açıklandı");
        assertThat(a.stampedAt()).isEqualTo(Instant.parse("2025-09-15T00:00:00Z"));
        assertThat(a.furniture()).contains("September 15, 2025", "Giriş: 16 Eylül 2025, Salı 10:30");
    }

    @Test
    void aSingleLineEndingASentenceIsBodyNotATitle() {
        ParsedArticle a = parseFixture("single-sentence-line-is-body.txt");

        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).hasSize(1).first().asString().endsWith("\"Night Watch.\"");
    }

    @Test
    void aSingleLineReadingAsAHeadlineIsStillATitleWithoutBody() {
        ParsedArticle a = parser.parse("Storm closes coastal roads in the west\n");

        assertThat(a.title()).isEqualTo("Storm closes coastal roads in the west");
        assertThat(a.paragraphs()).isEmpty();
    }
}
