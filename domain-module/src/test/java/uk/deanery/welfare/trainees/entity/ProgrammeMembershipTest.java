package uk.deanery.welfare.trainees.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.support.Fixtures.cohort;
import static uk.deanery.welfare.support.Fixtures.programme;
import static uk.deanery.welfare.support.Fixtures.range;
import static uk.deanery.welfare.support.Fixtures.trainee;

import org.junit.jupiter.api.Test;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;

class ProgrammeMembershipTest {

    private final Programme imt = programme("YH-IMT", "IMT");
    private final Programme gp = programme("YH-GP", "GP");

    @Test
    void refusesACohortOfAnotherProgramme() {
        Trainee trainee = trainee("1000001", "Nigeria");

        assertThatThrownBy(() -> trainee.enrol(imt, cohort(gp, 2025), "IMT1", range("2025-08-06", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("cohort");
                    assertThat(e.getReason()).contains("YH-GP").contains("YH-IMT");
                });
        assertThat(trainee.getMemberships()).isEmpty();
    }

    @Test
    void enrolmentInTheProgrammesOwnCohortIsKeptOnTheTrainee() {
        Trainee trainee = trainee("1000001", "Nigeria");

        ProgrammeMembership membership = trainee.enrol(imt, cohort(imt, 2025), "IMT1", range("2025-08-06", null));

        assertThat(trainee.getMemberships()).containsExactly(membership);
        assertThat(trainee.membershipOf(imt, cohort(imt, 2025))).contains(membership);
    }

    @Test
    void refusesASecondMembershipOfTheSameCohort() {
        Trainee trainee = trainee("1000001", "Nigeria");
        trainee.enrol(imt, cohort(imt, 2025), "IMT1", range("2025-08-06", null));

        assertThatThrownBy(() -> trainee.enrol(imt, cohort(imt, 2025), "IMT2", range("2026-08-05", null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesAMissingGrade() {
        Trainee trainee = trainee("1000001", "Nigeria");

        assertThatThrownBy(() -> trainee.enrol(imt, cohort(imt, 2025), " ", range("2025-08-06", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("grade"));
    }

    @Test
    void knowsWhetherARowWouldChangeItsTerms() {
        Trainee trainee = trainee("1000001", "Nigeria");
        ProgrammeMembership membership =
                trainee.enrol(imt, cohort(imt, 2025), "IMT1", range("2025-08-06", "2028-08-02"));

        assertThat(membership.hasTerms("IMT1", range("2025-08-06", "2028-08-02")))
                .isTrue();
        assertThat(membership.hasTerms("IMT2", range("2025-08-06", "2028-08-02")))
                .isFalse();
        assertThat(membership.hasTerms("IMT1", range("2025-08-06", null))).isFalse();
    }
}
