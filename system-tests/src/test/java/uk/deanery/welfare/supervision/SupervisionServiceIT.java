package uk.deanery.welfare.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class SupervisionServiceIT {

    private static final LocalDate AUGUST = LocalDate.of(2026, 8, 5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SupervisionServiceIT.class);
    }

    @Inject
    SupervisionService supervision;

    @Inject
    TestData data;

    @Test
    void supervisorOnADateIsTheOneWhoseAssignmentCoversIt() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);
        String first = data.supervisor();
        String second = data.supervisor();
        supervision.assign(
                trainee, first, new DateRange(AUGUST, AUGUST.plusMonths(4).minusDays(1)));
        supervision.assign(trainee, second, new DateRange(AUGUST.plusMonths(4), null));

        assertThat(supervision.supervisorOn(trainee, AUGUST.minusDays(1))).isEmpty();
        assertThat(supervision
                        .supervisorOn(trainee, AUGUST)
                        .orElseThrow()
                        .getGmcNumber()
                        .getDigits())
                .isEqualTo(first);
        assertThat(supervision
                        .supervisorOn(trainee, AUGUST.plusMonths(4).minusDays(1))
                        .orElseThrow()
                        .getGmcNumber()
                        .getDigits())
                .isEqualTo(first);
        assertThat(supervision
                        .supervisorOn(trainee, AUGUST.plusYears(2))
                        .orElseThrow()
                        .getGmcNumber()
                        .getDigits())
                .isEqualTo(second);
        assertThat(supervision.traineesSupervisedOn(first, AUGUST))
                .extracting(t -> t.getGmcNumber().getDigits())
                .containsExactly(trainee);
    }

    @Test
    void overlappingAssignmentIsRefusedAndNothingIsWritten() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);
        String first = data.supervisor();
        String second = data.supervisor();
        supervision.assign(trainee, first, new DateRange(AUGUST, AUGUST.plusMonths(4)));

        assertThatThrownBy(() -> supervision.assign(trainee, second, new DateRange(AUGUST.plusMonths(4), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("period");

        assertThat(supervision.assignmentsOf(trainee)).hasSize(1);
        assertThat(supervision.supervisorOn(trainee, AUGUST.plusMonths(6))).isEmpty();
    }
}
