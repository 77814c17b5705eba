package uk.deanery.welfare.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), DeaneryClock.ZONE)
                .toInstant();
    }

    @Test
    void fiveWorkingDaysFromAMondayEndWithTheNextMonday() {
        assertThat(workingDays.deadline(london("2026-11-02T10:00"), 5)).isEqualTo(london("2026-11-10T00:00"));
    }

    @Test
    void aWeekendIsSkipped() {
        assertThat(workingDays.deadline(london("2026-11-06T16:30"), 5))
                .as("raised on a Friday afternoon: due at the end of the next Friday")
                .isEqualTo(london("2026-11-14T00:00"));
        assertThat(workingDays.deadline(london("2026-11-07T09:00"), 5))
                .as("raised on a Saturday: due at the end of the Friday after")
                .isEqualTo(london("2026-11-14T00:00"));
    }

    @Test
    void christmasAndNewYearBankHolidaysAreSkipped() {
        // 25 and 28 December 2026 (Boxing Day's substitute) and 1 January 2027 are bank holidays.
        assertThat(workingDays.workingDaysAfter(LocalDate.parse("2026-12-23"), 5))
                .isEqualTo(LocalDate.parse("2027-01-04"));
    }

    @Test
    void easterAndTheStartOfSummerTimeTogether() {
        // Good Friday 26 March 2027, clocks go forward 28 March, Easter Monday 29 March.
        Instant due = workingDays.deadline(london("2027-03-24T12:00"), 5);

        assertThat(due).isEqualTo(london("2027-04-03T00:00"));
        assertThat(due).isEqualTo(Instant.parse("2027-04-02T23:00:00Z"));
    }

    @Test
    void theEndOfSummerTimeAndTheDeaneryDayOfAMoment() {
        // Clocks go back 25 October 2026. 23:30 UTC on Friday 23 October is already Saturday in London.
        assertThat(workingDays.deadline(Instant.parse("2026-10-23T22:30:00Z"), 5))
                .as("Friday 23:30 in London")
                .isEqualTo(Instant.parse("2026-10-31T00:00:00Z"));
        assertThat(workingDays.deadline(Instant.parse("2026-10-23T23:30:00Z"), 5))
                .as("Saturday 00:30 in London: the same deadline")
                .isEqualTo(Instant.parse("2026-10-31T00:00:00Z"));
        assertThat(workingDays.deadline(Instant.parse("2026-10-22T23:30:00Z"), 1))
                .as("Friday 00:30 in London, one working day: the end of Monday")
                .isEqualTo(Instant.parse("2026-10-27T00:00:00Z"));
    }

    @Test
    void bankHolidaysAndWeekendsAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-08-31"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-05"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-04"))).isTrue();
    }

    @Test
    void aDeadlineIsAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> workingDays.workingDaysAfter(LocalDate.parse("2026-12-01"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBankHolidayListCoversTheNextTwelveMonths() {
        LocalDate aYearAhead = LocalDate.now(DeaneryClock.ZONE).plusMonths(12);

        assertThat(workingDays.coveredUntil())
                .as(
                        "renew domain-module/src/main/resources%s from https://www.gov.uk/bank-holidays.json",
                        BankHolidays.RESOURCE)
                .isAfterOrEqualTo(aYearAhead);
    }

    @Test
    void theListHoldsEightWeekdayHolidaysForEveryYearItCovers() {
        BankHolidays holidays = BankHolidays.englandAndWales();

        for (int year = 2025; year <= holidays.coveredUntil().getYear(); year++) {
            int y = year;
            assertThat(holidays.dates())
                    .filteredOn(d -> d.getYear() == y)
                    .as("year %d", y)
                    .hasSize(8);
        }
        assertThat(holidays.dates())
                .allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThan(6));
    }
}
