package uk.deanery.welfare.programmes.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.support.Fixtures;

class TrainingProgrammeDirectorTest {

    private static final LocalDate FROM = LocalDate.of(2026, 8, 1);

    private final TrainingProgrammeDirector director = new TrainingProgrammeDirector(
            "Tess",
            "Director",
            "Tess.Director@Example.org",
            Fixtures.programme("YH-IMT", "IMT"),
            DateRange.startingOn(FROM));

    @Test
    void anAppointmentGivesAccessFromItsFirstDayUntilItEnds() {
        assertThat(director.isAppointedOn(FROM.minusDays(1))).isFalse();
        assertThat(director.isAppointedOn(FROM)).isTrue();
        assertThat(director.isAppointedOn(FROM.plusYears(5))).isTrue();

        director.endAfter(FROM.plusDays(30));

        assertThat(director.isAppointedOn(FROM.plusDays(30))).isTrue();
        assertThat(director.isAppointedOn(FROM.plusDays(31))).isFalse();
        assertThat(director.describe())
                .isEqualTo("director tess.director@example.org of YH-IMT 2026-08-01 to 2026-08-31");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> director.endAfter(FROM.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("endDate"));
        assertThat(director.getAppointment().isOpenEnded()).isTrue();
    }

    @Test
    void anAppointmentCanBeShortenedButNotEndedAgainLater() {
        director.endAfter(FROM.plusDays(30));
        director.endAfter(FROM.plusDays(10));

        assertThatThrownBy(() -> director.endAfter(FROM.plusDays(20)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getReason())
                        .contains("already ended on 2026-08-11"));
        assertThat(director.getAppointment().getEndDate()).isEqualTo(FROM.plusDays(10));
    }
}
