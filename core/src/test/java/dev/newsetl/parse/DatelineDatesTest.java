package dev.newsetl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatelineDatesTest {

    @Test
    void aDatelineDayTakesThePublicationYear() {
        assertThat(DatelineDates.resolve(MonthDay.of(2, 26), LocalDate.of(1987, 3, 2)))
                .isEqualTo(LocalDate.of(1987, 2, 26));
    }

    @Test
    void aDayAfterPublicationIsLastYearsExceptForAClockSkewOfTwoDays() {
        assertThat(DatelineDates.resolve(MonthDay.of(12, 31), LocalDate.of(2026, 1, 2)))
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(DatelineDates.resolve(MonthDay.of(1, 4), LocalDate.of(2026, 1, 2)))
                .isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void withoutAPublicationDateOrADayItStaysText() {
        assertThat(DatelineDates.resolve(MonthDay.of(2, 26), null)).isNull();
        assertThat(DatelineDates.resolve(null, LocalDate.of(1987, 3, 2))).isNull();
    }

    @Test
    void theTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertThat(DatelineDates.resolve(MonthDay.of(2, 29), LocalDate.of(2024, 3, 1)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DatelineDates.resolve(MonthDay.of(2, 29), LocalDate.of(2025, 3, 1)))
                .isNull();
    }
}
