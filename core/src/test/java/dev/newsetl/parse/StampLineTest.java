package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StampLineTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                // day only: no time, or a time without a zone, or a zone whose offset changes with the season
                "March 9, 2021 => 2021-03-09T00:00:00Z",
                "Posted: March 9, 2021 => 2021-03-09T00:00:00Z",
                "Published April 2, 2019 => 2019-04-02T00:00:00Z",
                "Published: October 30, 2018 => 2018-10-30T00:00:00Z",
                "published on Friday, 12 July 2019 => 2019-07-12T00:00:00Z",
                "on April 3rd, 2020 => 2020-04-03T00:00:00Z",
                "TUESDAY, FEBRUARY 11, 2020, 9: 41 AM => 2020-02-11T00:00:00Z",
                "Thursday, October 1, 2020 => 2020-10-01T00:00:00Z",
                "14 NOVEMBER, 2019 => 2019-11-14T00:00:00Z",
                "Wed, 4 Mar 2020 => 2020-03-04T00:00:00Z",
                "2019 - 07 - 15 => 2019-07-15T00:00:00Z",
                "2019-07-15 => 2019-07-15T00:00:00Z",
                "May 21st, 2018 10:02 am => 2018-05-21T00:00:00Z",
                "on Monday, 3 February 2020 16: 20. => 2020-02-03T00:00:00Z",
                "8: 15am UK, Friday 6 March 2020 => 2020-03-06T00:00:00Z",
                "October 8, 2019 at 4:10 PM ET => 2019-10-08T00:00:00Z",
                "Aug. 5, 2019 | 9: 12 p. m. => 2019-08-05T00:00:00Z",
                "Mon Jun 1 2020, 11: 02 hrs => 2020-06-01T00:00:00Z",
                "Updated: 3 June 2020 10: 11 IST => 2020-06-03T00:00:00Z",
                // an update time is not the publication time
                "Last Updated: Tuesday, 4 February 2020, 06: 40 GMT => 2020-02-04T00:00:00Z",
                "12 May 2020 Last updated at 09: 05 GMT => 2020-05-12T00:00:00Z",
                "UPDATED 5: 30 AM EST Jan 7, 2020 => 2020-01-07T00:00:00Z",
                // a time with a fixed zone
                "October 2nd, 2019 6: 45pm EDT => 2019-10-02T22:45:00Z",
                "November 20, 2019 at 2: 00pm CST => 2019-11-20T20:00:00Z",
                "Sat 14 Mar 2020 07.15 GMT => 2020-03-14T07:15:00Z",
                "Friday 13 March 2020 21. 05 BST => 2020-03-13T20:05:00Z",
                "5 May 2021, 11: 00 (GMT+05: 00) => 2021-05-05T06:00:00Z",
                "Posted Jan 3, 2020 7: 45 AM CDT => 2020-01-03T12:45:00Z",
                "POSTED: 0915 GMT (1715 HKT), June 2, 2019 => 2019-06-02T09:15:00Z",
                "Published: Tuesday, Sept. 3 2019 6: 10 p. m. MDT => 2019-09-04T00:10:00Z",
                "(9: 05 am PDT, Jun 4th 2019) => 2019-06-04T16:05:00Z",
                "3: 20PM GMT 12 Feb 2020 => 2020-02-12T15:20:00Z",
            })
    void readsAStampLine(String line, String expected) {
        StampLine stamp = StampLine.read(line);
        assertThat(stamp).as(line).isNotNull();
        assertThat(stamp.published()).isEqualTo(Instant.parse(expected));
    }

    /**
     * Day and month order is ambiguous, the calendar has no such day, or the day is more than a year ahead: the line
     * is a stamp (page furniture) but gives no date.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "03 / 09 / 21 08: 15 PM ET",
                "7/4/2019",
                "Updated 2 / 3 / 2020 4: 05 PM",
                "First Posted: 01 / 02 / 20 06: 44 PM ET Updated: 01 / 03 / 20 05: 12 AM ET",
                "11: 20 AM PDT 4 / 5 / 2019",
                "February 30, 2020",
                "Published: June 6, 2999",
            })
    void aStampWithoutADate(String line) {
        StampLine stamp = StampLine.read(line);
        assertThat(stamp).as(line).isNotNull();
        assertThat(stamp.published()).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "The council will vote on March 9, 2021.",
                "On March 9, 2021, the council voted to close the bridge.",
                "Her father was born on June 2, 1941, in Leeds.",
                "WASHINGTON, April 28 -",
                "WASHINGTON, DC, April 28, 2019",
                "BERLIN, Oct 4, 2019",
                "Workers clear snow in Oslo, Norway, Jan. 5, 2020. (AP Photo)",
                "Deadline: May 24, 2019",
                "Budget passed: 4 November 2019",
                "APR 28",
                "June 2019",
                "8: 24am:",
                "Sunday",
                "In 1955, she moved to Paris.",
                "Reuters, Tuesday 2 Jul 2019",
                "Posted: March 9, 2021 by the newsroom staff of the evening edition of the paper today",
            })
    void isNotAStampLine(String line) {
        assertThat(StampLine.read(line)).as(line).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "INDONESIA, July 2, 2013|true",
                "BERLIN, Oct 4, 2019|true",
                "March 9, 2021|true",
                "Budget passed: 4 November 2019|false",
                "Council votes to close the bridge|false",
            })
    void aDateWithAPlaceIsADateLine(String line, boolean dateLine) {
        assertThat(StampLine.isDateLine(line)).as(line).isEqualTo(dateLine);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "10: 53 AM|10:53 AM",
                "2013 - 09 - 26|2013-09-26",
                "4 / 28 / 09|4/28/09",
                "7: 32 p. m. ET|7:32 pm ET",
                "22. 34 BST|22.34 BST",
                "$2. 6 million|$2. 6 million",
            })
    void joinsNumbersThatATokeniserSpacedOut(String line, String joined) {
        assertThat(StampLine.joinSpacedNumbers(line)).isEqualTo(joined);
    }

    private static final String[] TOKENS = {
        "Posted:",
        "Updated",
        "on",
        "at",
        "Monday,",
        "TUE",
        "June",
        "Sept.",
        "6th,",
        "31",
        "2013",
        "1899",
        "2099",
        "10:",
        "53",
        "10:53",
        "pm",
        "p. m.",
        "EDT",
        "GMT+05: 00",
        "(",
        ")",
        "|",
        "-",
        "/",
        "04",
        "28 /",
        "09",
        "Last",
        "UK",
        "hrs",
        "2013 - 09 - 26",
        "WASHINGTON,",
        "said",
        ".",
        "\u00a0",
        "Şubat",
        "2019-02-30",
        "0915",
        "HKT"
    };

    /** Seeded random lines of stamp pieces and noise: never an exception, and a date is always a plausible one. */
    @Test
    void randomStampPiecesNeverBreakIt() {
        Random random = new Random(7L);
        int stamps = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(9);
            for (int k = 0; k < n; k++) {
                sb.append(k == 0 ? "" : random.nextInt(5) == 0 ? "" : " ")
                        .append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String line = LineCleaner.clean(sb.toString());
            StampLine stamp = StampLine.read(line);
            StampLine.isDateLine(line);
            if (stamp != null) {
                stamps++;
                assertThat(Casing.hasDigit(line)).as(line).isTrue();
                if (stamp.published() != null) {
                    assertThat(stamp.published())
                            .as(line)
                            .isBetween(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
                }
            }
        }
        assertThat(stamps)
                .as("the pieces make stamps often enough to test them")
                .isGreaterThan(100);
    }
}
