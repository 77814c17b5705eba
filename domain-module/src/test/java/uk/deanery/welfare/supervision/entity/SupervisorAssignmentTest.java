package uk.deanery.welfare.supervision.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.support.Fixtures.range;
import static uk.deanery.welfare.support.Fixtures.supervisor;
import static uk.deanery.welfare.support.Fixtures.trainee;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.trainees.entity.Trainee;

class SupervisorAssignmentTest {

    private final Trainee trainee = trainee("1000001", "Nigeria");
    private final EducationalSupervisor holloway = supervisor("7000001", "Holloway");
    private final EducationalSupervisor okafor = supervisor("7000002", "Okafor");

    @Test
    void refusesAPeriodOverlappingTheTraineesExistingAssignmentAndSaysWhich() {
        SupervisorAssignment first =
                SupervisorAssignment.assign(trainee, holloway, range("2025-08-06", "2025-12-02"), List.of());

        assertThatThrownBy(() ->
                        SupervisorAssignment.assign(trainee, okafor, range("2025-12-02", "2026-04-07"), List.of(first)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.getField()).isEqualTo("period");
                    assertThat(e.getReason())
                            .isEqualTo("overlaps the assignment to Sam Holloway from 2025-08-06 to 2025-12-02");
                });
    }

    @Test
    void refusesAnyPeriodAfterTheStartOfAnOpenEndedAssignment() {
        SupervisorAssignment open =
                SupervisorAssignment.assign(trainee, holloway, range("2025-08-06", null), List.of());

        assertThatThrownBy(() ->
                        SupervisorAssignment.assign(trainee, okafor, range("2027-01-01", "2027-02-01"), List.of(open)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("from 2025-08-06 (open-ended)");
    }

    @Test
    void acceptsTheNextSupervisorFromTheDayAfter() {
        SupervisorAssignment first =
                SupervisorAssignment.assign(trainee, holloway, range("2025-08-06", "2025-12-02"), List.of());

        SupervisorAssignment next =
                SupervisorAssignment.assign(trainee, okafor, range("2025-12-03", null), List.of(first));

        assertThat(next.getSupervisor()).isEqualTo(okafor);
        assertThat(next.getPeriod().getStartDate()).hasToString("2025-12-03");
    }

    @Test
    void ignoresOtherTraineesAssignments() {
        Trainee other = trainee("1000002", "United Kingdom");
        SupervisorAssignment others =
                SupervisorAssignment.assign(other, holloway, range("2025-08-06", null), List.of());

        SupervisorAssignment mine =
                SupervisorAssignment.assign(trainee, holloway, range("2025-08-06", null), List.of(others));

        assertThat(mine.getTrainee()).isEqualTo(trainee);
    }

    @Test
    void reschedulingMayNotRunIntoTheNextAssignment() {
        SupervisorAssignment first =
                SupervisorAssignment.assign(trainee, holloway, range("2025-08-06", "2025-12-02"), List.of());
        SupervisorAssignment second =
                SupervisorAssignment.assign(trainee, okafor, range("2025-12-03", null), List.of(first));

        assertThatThrownBy(() -> first.reschedule(range("2025-08-06", "2026-01-31"), List.of(first, second)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Sam Okafor");
        first.reschedule(range("2025-08-06", "2025-11-30"), List.of(first, second));
        assertThat(first.getPeriod()).isEqualTo(range("2025-08-06", "2025-11-30"));
    }
}
