package uk.deanery.welfare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.support.Fixtures.range;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    @Test
    void refusesEndBeforeStartNamingTheEndDate() {
        assertThatThrownBy(() -> range("2025-08-06", "2025-08-05"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("endDate"));
    }

    @Test
    void refusesMissingStart() {
        assertThatThrownBy(() -> new DateRange(null, LocalDate.of(2025, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("startDate"));
    }

    @Test
    void aSingleDayRangeIsAllowed() {
        assertThat(range("2025-08-06", "2025-08-06").contains(LocalDate.of(2025, 8, 6)))
                .isTrue();
    }

    @Test
    void containsBothEndDaysButNotTheDaysOutside() {
        DateRange rotation = range("2025-08-06", "2025-12-02");
        assertThat(rotation.contains(LocalDate.of(2025, 8, 6))).isTrue();
        assertThat(rotation.contains(LocalDate.of(2025, 12, 2))).isTrue();
        assertThat(rotation.contains(LocalDate.of(2025, 8, 5))).isFalse();
        assertThat(rotation.contains(LocalDate.of(2025, 12, 3))).isFalse();
    }

    @Test
    void openEndedRangeContainsEveryDayFromItsStart() {
        DateRange membership = DateRange.startingOn(LocalDate.of(2025, 8, 6));
        assertThat(membership.isOpenEnded()).isTrue();
        assertThat(membership.getEndDate()).isNull();
        assertThat(membership.contains(LocalDate.of(2090, 1, 1))).isTrue();
        assertThat(membership.contains(LocalDate.of(2025, 8, 5))).isFalse();
    }

    @Test
    void rangesSharingOnlyAnEdgeDayOverlap() {
        assertThat(range("2025-01-01", "2025-03-31").overlaps(range("2025-03-31", "2025-06-30")))
                .isTrue();
        assertThat(range("2025-03-31", "2025-06-30").overlaps(range("2025-01-01", "2025-03-31")))
                .isTrue();
    }

    @Test
    void consecutiveRangesDoNotOverlap() {
        assertThat(range("2025-01-01", "2025-03-31").overlaps(range("2025-04-01", "2025-06-30")))
                .isFalse();
        assertThat(range("2025-04-01", "2025-06-30").overlaps(range("2025-01-01", "2025-03-31")))
                .isFalse();
    }

    @Test
    void openEndedRangesOverlapAnythingAfterTheirStart() {
        assertThat(range("2025-01-01", null).overlaps(range("2030-01-01", "2030-02-01")))
                .isTrue();
        assertThat(range("2025-01-01", null).overlaps(range("2020-01-01", null)))
                .isTrue();
        assertThat(range("2025-01-01", null).overlaps(range("2020-01-01", "2024-12-31")))
                .isFalse();
    }

    @Test
    void containedRangeOverlaps() {
        assertThat(range("2025-01-01", "2025-12-31").overlaps(range("2025-05-01", "2025-05-02")))
                .isTrue();
    }

    @Test
    void equalityUsesBothEnds() {
        assertThat(range("2025-01-01", "2025-12-31")).isEqualTo(range("2025-01-01", "2025-12-31"));
        assertThat(range("2025-01-01", "2025-12-31")).isNotEqualTo(range("2025-01-01", null));
    }
}
