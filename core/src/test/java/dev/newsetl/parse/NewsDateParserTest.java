package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewsDateParserTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);
    private final NewsDateParser parser = new NewsDateParser(NOW);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-01-25T10:15:30Z|2026-01-25T10:15:30Z",
                "2026-01-25T10:15:30.250Z|2026-01-25T10:15:30.250Z",
                "2026-01-25T13:15:30+03:00|2026-01-25T10:15:30Z",
                "2026-01-25T10:15:30+03:00[Europe/Istanbul]|2026-01-25T07:15:30Z",
                "2026-01-25T10:15:30|2026-01-25T10:15:30Z",
                "2026-01-25T10:15|2026-01-25T10:15:00Z",
                "2026-01-25 10:15:30|2026-01-25T10:15:30Z",
                "2026-01-25|2026-01-25T00:00:00Z",
                "Sun, 25 Jan 2026 10:15:30 GMT|2026-01-25T10:15:30Z",
                "Sun, 25 Jan 2026 13:15:30 +0300|2026-01-25T10:15:30Z",
                "Mon, 25 Jan 2026 10:15:30 GMT|2026-01-25T10:15:30Z",
                "25 Jan 2026 10:15:30 GMT|2026-01-25T10:15:30Z",
                "January 25, 2026|2026-01-25T00:00:00Z",
                "Jan. 25, 2026|2026-01-25T00:00:00Z",
                "Jan 25, 2026|2026-01-25T00:00:00Z",
                "Jan 25 2026|2026-01-25T00:00:00Z",
                "25 January 2026|2026-01-25T00:00:00Z",
                "Sept. 9, 2025|2025-09-09T00:00:00Z",
                "Sunday, January 25, 2026|2026-01-25T00:00:00Z",
                "JANUARY 25, 2026|2026-01-25T00:00:00Z",
                "January 25th, 2026|2026-01-25T00:00:00Z",
                "Jan. 25, 2026 10:45|2026-01-25T10:45:00Z",
                "Jan. 25, 2026 3:05 PM|2026-01-25T15:05:00Z",
                "Jan. 25, 2026 12:05 a.m. GMT|2026-01-25T00:05:00Z",
                "Jan. 25, 2026 13:15 +03:00|2026-01-25T10:15:00Z",
                "  2026-01-25T10:15:30Z  |2026-01-25T10:15:30Z",
            })
    void parsesHeaderDates(String value, String expected) {
        assertThat(parser.parseHeaderDate(value)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "   ",
                "yesterday",
                "2026-02-30",
                "February 30, 2026",
                "30 Feb 2026",
                "2026-13-01",
                "Jan. 32, 2026",
                "1899-12-31",
                "March 3, 1850",
                "2027-02-02",
                "2030-01-01T00:00:00Z",
                "Jan. 25, 2026 and more text",
                "Jan. 25, 2026 25:00",
                "01/25/2026",
                "25.01.2026",
                "Jan. 25",
                "Jan. 25, 2026 13:05 PM",
            })
    void rejectsImpossibleImplausibleOrUnknownForms(String value) {
        assertThat(parser.parseHeaderDate(value)).isEmpty();
    }

    @Test
    void nullHeaderIsEmpty() {
        assertThat(parser.parseHeaderDate(null)).isEmpty();
    }

    @Test
    void futureLimitIsOneYearFromTheClock() {
        assertThat(parser.parseHeaderDate("2027-02-01")).contains(Instant.parse("2027-02-01T00:00:00Z"));
        assertThat(parser.parseHeaderDate("2027-02-02")).isEmpty();
        NewsDateParser later = new NewsDateParser(Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(later.parseHeaderDate("2027-02-02")).isPresent();
        assertThat(parser.parseHeaderDate("1900-01-01")).isPresent();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Palestinian children play amid destroyed buildings in Khan Yunis, southern Gaza Strip, Palestine, Jan. 25, 2026. (AFP Photo)|2026-01-25",
                "Delegates arrive in Istanbul, Türkiye, Sept. 14, 2025. (AA Photo)|2025-09-14",
                "Delegates arrive in Istanbul, Sep 14, 2025.|2025-09-14",
                "A man walks past a mural, Gaza City, 25 January 2026 (Reuters Photo)|2026-01-25",
                "Police officers stand guard, March 3, 2025.|2025-03-03",
                "Smoke rises over Rafah, Feb 1, 2026|2026-02-01",
                "Crowds gather, Aug. 5, 2025; another view|2025-08-05",
                "Shot on 2025-12-31 in Ankara|2025-12-31",
                "A file photo from May 4, 2019, and the new building, Jan. 20, 2026. (AFP Photo)|2026-01-20",
                "The talks held Nov. 30, 2025 ended, Dec. 1 2025|2025-12-01",
            })
    void findsTheLastDateInACaption(String caption, String expected) {
        assertThat(parser.findDateInText(caption)).contains(LocalDate.parse(expected));
    }

    @Test
    void everyMonthNameAndAbbreviation() {
        String[][] forms = {
            {"January", "Jan", "Jan."},
            {"February", "Feb", "Feb."},
            {"March", "Mar", "Mar."},
            {"April", "Apr", "Apr."},
            {"May", "May", "May."},
            {"June", "Jun", "Jun."},
            {"July", "Jul", "Jul."},
            {"August", "Aug", "Aug."},
            {"September", "Sep", "Sept."},
            {"October", "Oct", "Oct."},
            {"November", "Nov", "Nov."},
            {"December", "Dec", "Dec."},
        };
        for (int m = 0; m < 12; m++) {
            for (String form : forms[m]) {
                assertThat(parser.findDateInText("Photo taken in Ankara, " + form + " 3, 2025. (AA)"))
                        .as(form)
                        .contains(LocalDate.of(2025, m + 1, 3));
            }
        }
        assertThat(parser.findDateInText("Ankara, Sept 3, 2025")).contains(LocalDate.of(2025, 9, 3));
    }

    @Test
    void skipsImpossibleOrImplausibleDatesInText() {
        assertThat(parser.findDateInText("Gaza, Feb. 30, 2026. (AFP Photo)")).isEmpty();
        assertThat(parser.findDateInText("Gaza, Jan. 10, 2026, reprinted Feb. 30, 2026"))
                .contains(LocalDate.of(2026, 1, 10));
        assertThat(parser.findDateInText("Gaza, Jan. 10, 2036.")).isEmpty();
        assertThat(parser.findDateInText("Founded March 1, 1850.")).isEmpty();
    }

    @Test
    void noDateInText() {
        assertThat(parser.findDateInText(null)).isEmpty();
        assertThat(parser.findDateInText("")).isEmpty();
        assertThat(parser.findDateInText("Children play in Khan Yunis. (AFP Photo)"))
                .isEmpty();
        assertThat(parser.findDateInText("He may 25 times have said so in 2026"))
                .isEmpty();
        assertThat(parser.findDateInText("Janet 25, 2026")).isEmpty();
        assertThat(parser.findDateInText("Jan. 25")).isEmpty();
        assertThat(parser.findDateInText("code 12026-01-25")).isEmpty();
    }
}
