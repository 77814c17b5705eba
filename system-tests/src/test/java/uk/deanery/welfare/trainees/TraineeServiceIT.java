package uk.deanery.welfare.trainees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.systemtest.TestData.traineeRegistration;
import static uk.deanery.welfare.systemtest.TestData.uniqueGmcNumber;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.Enrolment;
import uk.deanery.welfare.trainees.boundary.TraineeRegistration;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class TraineeServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(TraineeServiceIT.class);
    }

    @Inject
    TraineeService trainees;

    @Inject
    TestData data;

    @Test
    void registeredTraineeIsPersistedAndFoundByGmcNumberAndEmail() {
        String gmc = uniqueGmcNumber();

        trainees.register(traineeRegistration(gmc, "Nigeria"));

        Trainee found = trainees.findByGmcNumber(gmc).orElseThrow();
        assertThat(found.getGmcNumber().getDigits()).isEqualTo(gmc);
        assertThat(found.getId()).isNotNull();
        assertThat(found.isImg()).isTrue();
        assertThat(trainees.findByEmail("trainee." + gmc + "@test.example")).contains(found);
    }

    @Test
    void enrolmentPutsTheTraineeInTheProgrammesCohort() {
        String programme = data.programme();

        String gmc = data.enrolledTrainee(programme, 2025);

        assertThat(trainees.membershipsOf(gmc)).singleElement().satisfies(m -> {
            assertThat(m.getCohort().getIntakeYear()).isEqualTo(2025);
            assertThat(m.getProgramme().getCode()).isEqualTo(programme);
        });
    }

    @Test
    void badGmcNumberIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = trainees.count();
        TraineeRegistration bad = new TraineeRegistration("12345", "Ada", "Okafor", "bad@test.example", "UK", false);

        assertThatThrownBy(() -> trainees.register(bad))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "register.registration.gmcNumber", "must be exactly 7 digits")));

        assertThat(trainees.count()).isEqualTo(before);
        assertThat(trainees.findByEmail("bad@test.example")).isEmpty();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        TraineeRegistration bad = new TraineeRegistration(uniqueGmcNumber(), " ", "Okafor", "not-an-email", "", true);

        assertThatThrownBy(() -> trainees.register(bad))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder(
                                "register.registration.forenames",
                                "register.registration.email",
                                "register.registration.pmqCountry"));
        assertThat(trainees.findByGmcNumber(bad.gmcNumber())).isEmpty();
    }

    @Test
    void secondTraineeWithTheSameGmcNumberIsRefused() {
        String gmc = uniqueGmcNumber();
        trainees.register(traineeRegistration(gmc, "India"));
        TraineeRegistration again =
                new TraineeRegistration(gmc, "Other", "Person", "other." + gmc + "@test.example", "India", false);

        assertThatThrownBy(() -> trainees.register(again))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("gmcNumber");
        assertThat(trainees.findByEmail("other." + gmc + "@test.example")).isEmpty();
    }

    @Test
    void enrolmentEndingBeforeItStartsIsRefusedAndNothingIsWritten() {
        String programme = data.programme();
        String gmc = uniqueGmcNumber();
        trainees.register(traineeRegistration(gmc, "United Kingdom"));
        Enrolment backwards =
                new Enrolment(gmc, programme, 2026, "ST1", LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 4));

        assertThatThrownBy(() -> trainees.enrol(backwards))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("end date must not be before the start date");
        assertThat(trainees.membershipsOf(gmc)).isEmpty();
    }
}
