package uk.deanery.welfare.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class ConcernServiceIT {

    private static final String DESCRIPTION = "I cannot reach my educational supervisor about my portfolio";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ConcernServiceIT.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    AuditLog audit;

    @Inject
    TestData data;

    @Test
    void raisedConcernIsListedForTheTraineeAsAnOpenSelfRaisedConcern() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);

        WelfareConcern raised = concerns.raise(
                new ConcernSubmission(trainee, "SUPERVISOR_ACCESS", DESCRIPTION, ConcernSharing.DEANERY_ONLY));

        assertThat(concerns.listForTrainee(trainee)).singleElement().satisfies(c -> {
            assertThat(c.getReference()).isEqualTo(raised.getReference());
            assertThat(c.getCategory().getCode()).isEqualTo("SUPERVISOR_ACCESS");
            assertThat(c.getDescription()).isEqualTo(DESCRIPTION);
            assertThat(c.getSource()).isEqualTo(ConcernSource.SELF);
            assertThat(c.getStatus()).isEqualTo(ConcernStatus.OPEN);
            assertThat(c.getRaisedAt()).isNotNull();
        });
    }

    @Test
    void theSameFormSentTwiceRaisesOneConcernAndANewFormAnother() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);
        String key = java.util.UUID.randomUUID().toString();

        WelfareConcern first = concerns.raise(
                new ConcernSubmission(trainee, "WORKLOAD", DESCRIPTION, ConcernSharing.DEANERY_ONLY, key));
        WelfareConcern again = concerns.raise(
                new ConcernSubmission(trainee, "WORKLOAD", DESCRIPTION, ConcernSharing.DEANERY_ONLY, key));
        WelfareConcern other = concerns.raise(new ConcernSubmission(
                trainee,
                "WORKLOAD",
                DESCRIPTION,
                ConcernSharing.DEANERY_ONLY,
                java.util.UUID.randomUUID().toString()));

        assertThat(again.getReference()).isEqualTo(first.getReference());
        assertThat(concerns.listForTrainee(trainee))
                .extracting(WelfareConcern::getReference)
                .containsExactlyInAnyOrder(first.getReference(), other.getReference());
    }

    @Test
    void raisingAndListingAreAuditedWithoutTheDescription() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);

        WelfareConcern raised =
                concerns.raise(new ConcernSubmission(trainee, "WORKLOAD", DESCRIPTION, ConcernSharing.DEANERY_ONLY));
        concerns.listForTrainee(trainee);

        assertThat(audit.entriesFor(ConcernService.SUBJECT_CONCERN, raised.getReference()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo(ConcernService.ACTION_RAISE);
                    assertThat(e.getOutcome()).isEqualTo(AuditOutcome.ALLOWED);
                    assertThat(e.getActor()).isNotBlank();
                });
        assertThat(audit.entriesFor(ConcernService.SUBJECT_TRAINEE, trainee))
                .extracting(AuditEntry::getAction)
                .contains(ConcernService.ACTION_LIST);
        assertThat(audit.recent(50)).noneMatch(e -> e.toString().contains("supervisor about"));
    }

    @Test
    void blankDescriptionIsRefusedNamingTheFieldAndNothingIsWritten() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);

        assertThatThrownBy(() ->
                        concerns.raise(new ConcernSubmission(trainee, "WORKLOAD", "  ", ConcernSharing.DEANERY_ONLY)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("description");

        assertThat(concerns.listForTrainee(trainee)).isEmpty();
    }

    @Test
    void unknownCategoryIsRefusedAndNothingIsWritten() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);

        assertThatThrownBy(() -> concerns.raise(
                        new ConcernSubmission(trainee, "NO_SUCH_CATEGORY", DESCRIPTION, ConcernSharing.DEANERY_ONLY)))
                .isInstanceOf(NotFoundException.class);

        assertThat(concerns.listForTrainee(trainee)).isEmpty();
    }

    @Test
    void theTraineesChoiceOfWhoMaySeeItIsKeptAndAMissingChoiceIsRefused() {
        String trainee = data.enrolledTrainee(data.programme(), 2026);

        WelfareConcern shared = concerns.raise(
                new ConcernSubmission(trainee, "WORKLOAD", DESCRIPTION, ConcernSharing.SUPERVISOR_AND_DEANERY));

        assertThat(concerns.find(shared.getReference()).getSharing()).isEqualTo(ConcernSharing.SUPERVISOR_AND_DEANERY);
        assertThatThrownBy(() -> concerns.raise(new ConcernSubmission(trainee, "WORKLOAD", DESCRIPTION, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("sharing");
        assertThat(concerns.listForTrainee(trainee)).hasSize(1);
    }

    @Test
    void onlyTheCategoriesAboutTheSupervisorRelationshipAreMarkedAsSuch() {
        assertThat(concerns.categories())
                .filteredOn(c -> c.isAboutSupervisor())
                .extracting(c -> c.getCode())
                .containsExactlyInAnyOrder("SUPERVISOR_ACCESS", "DISCRIMINATION_BULLYING");
    }
}
