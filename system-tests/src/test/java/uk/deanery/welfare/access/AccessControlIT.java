package uk.deanery.welfare.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.reporting.programmes.ProgrammeOverview;
import uk.deanery.welfare.roster.boundary.RosterImport;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * The authorization matrix of the service entry points that take an object, for each role, on the caller's own
 * object and on someone else's, acting as the demo users (trainee1 in IMT supervised by supervisor1, whose
 * programme tpd1 directs; trainee2 in GP, neither's). Every denial must also be in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {

    private static final String TRAINEE1 = "1000001";
    private static final String TRAINEE2 = "1000002";

    private static final Caller trainee1 = Caller.person("trainee1@deanery.example", Set.of(Role.TRAINEE));
    private static final Caller trainee2 = Caller.person("trainee2@deanery.example", Set.of(Role.TRAINEE));
    private static final Caller supervisor1 = Caller.person("supervisor1@deanery.example", Set.of(Role.SUPERVISOR));
    private static final Caller tpd1 = Caller.person("tpd1@deanery.example", Set.of(Role.TPD));
    private static final Caller admin1 = Caller.person("admin1@deanery.example", Set.of(Role.ADMIN));
    private static final Caller stranger = Caller.person("norecord1@deanery.example", Set.of(Role.TRAINEE));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(AccessControlIT.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    ProgrammeOverview overview;

    @Inject
    RosterImport roster;

    @Inject
    AuditLog audit;

    private String concernOfTrainee1;
    private String concernOfTrainee2;

    @BeforeEach
    void eachDemoTraineeHasAConcern() {
        concernOfTrainee1 = as(
                        trainee1,
                        () -> concerns.raise(
                                new ConcernSubmission(TRAINEE1, "SUPERVISOR_ACCESS", "matrix test concern")))
                .getReference();
        concernOfTrainee2 = as(
                        trainee2,
                        () -> concerns.raise(new ConcernSubmission(TRAINEE2, "WORKLOAD", "matrix test concern")))
                .getReference();
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Actors.runAs(caller, work);
    }

    private void allowed(Caller caller, Supplier<?> work) {
        assertThat(as(caller, work)).as("allowed for %s", caller.name()).isNotNull();
    }

    private void denied(Caller caller, Supplier<?> work) {
        long deniedBefore = deniedEntriesOf(caller);
        assertThatThrownBy(() -> as(caller, work))
                .as("denied for %s", caller.name())
                .isInstanceOf(AccessDeniedException.class);
        assertThat(deniedEntriesOf(caller))
                .as("denial audited for %s", caller.name())
                .isGreaterThan(deniedBefore);
    }

    private long deniedEntriesOf(Caller caller) {
        return Actors.runAsSystem(() -> audit.recent(10_000).stream()
                .filter(e ->
                        e.getOutcome() == AuditOutcome.DENIED && e.getActor().equals(caller.name()))
                .count());
    }

    @Test
    void readingAConcernByReference() {
        allowed(trainee1, () -> concerns.find(concernOfTrainee1));
        denied(trainee1, () -> concerns.find(concernOfTrainee2));
        allowed(supervisor1, () -> concerns.find(concernOfTrainee1));
        denied(supervisor1, () -> concerns.find(concernOfTrainee2));
        allowed(tpd1, () -> concerns.find(concernOfTrainee1));
        denied(tpd1, () -> concerns.find(concernOfTrainee2));
        allowed(admin1, () -> concerns.find(concernOfTrainee2));
        denied(stranger, () -> concerns.find(concernOfTrainee1));
    }

    @Test
    void listingATraineesConcerns() {
        allowed(trainee1, () -> concerns.listForTrainee(TRAINEE1));
        denied(trainee1, () -> concerns.listForTrainee(TRAINEE2));
        allowed(supervisor1, () -> concerns.listForTrainee(TRAINEE1));
        denied(supervisor1, () -> concerns.listForTrainee(TRAINEE2));
        allowed(tpd1, () -> concerns.listForTrainee(TRAINEE1));
        denied(tpd1, () -> concerns.listForTrainee(TRAINEE2));
        allowed(admin1, () -> concerns.listForTrainee(TRAINEE2));
    }

    @Test
    void raisingAConcernOnlyInOnesOwnName() {
        allowed(trainee1, () -> concerns.raise(new ConcernSubmission(TRAINEE1, "WORKLOAD", "mine")));
        denied(trainee1, () -> concerns.raise(new ConcernSubmission(TRAINEE2, "WORKLOAD", "not mine")));
        denied(supervisor1, () -> concerns.raise(new ConcernSubmission(TRAINEE1, "WORKLOAD", "on behalf")));
        denied(tpd1, () -> concerns.raise(new ConcernSubmission(TRAINEE1, "WORKLOAD", "on behalf")));
    }

    @Test
    void changingAConcernsStatus() {
        denied(trainee1, () -> concerns.changeStatus(concernOfTrainee1, ConcernStatus.IN_PROGRESS));
        allowed(supervisor1, () -> concerns.changeStatus(concernOfTrainee1, ConcernStatus.IN_PROGRESS));
        denied(supervisor1, () -> concerns.changeStatus(concernOfTrainee2, ConcernStatus.IN_PROGRESS));
        denied(tpd1, () -> concerns.changeStatus(concernOfTrainee2, ConcernStatus.IN_PROGRESS));
        allowed(admin1, () -> concerns.changeStatus(concernOfTrainee2, ConcernStatus.IN_PROGRESS));
    }

    @Test
    void readingTraineeRecordsAndSupervision() {
        allowed(trainee1, () -> trainees.findByGmcNumber(TRAINEE1).orElseThrow());
        denied(trainee1, () -> trainees.findByGmcNumber(TRAINEE2));
        allowed(supervisor1, () -> supervision.assignmentsOf(TRAINEE1));
        denied(supervisor1, () -> supervision.assignmentsOf(TRAINEE2));
        denied(tpd1, () -> trainees.membershipsOf(TRAINEE2));
        allowed(tpd1, () -> trainees.membershipsOf(TRAINEE1));
        allowed(admin1, () -> trainees.membershipsOf(TRAINEE2));
    }

    @Test
    void theRoleViewsShowOnlyTheCallersOwnPeople() {
        assertThat(as(supervisor1, concerns::listForMyTrainees))
                .extracting(WelfareConcern::getReference)
                .contains(concernOfTrainee1)
                .doesNotContain(concernOfTrainee2);
        assertThat(as(tpd1, concerns::listForMyProgrammes))
                .extracting(WelfareConcern::getReference)
                .contains(concernOfTrainee1)
                .doesNotContain(concernOfTrainee2);
        denied(trainee1, concerns::listForMyTrainees);
        denied(supervisor1, concerns::listForMyProgrammes);
    }

    @Test
    void adminOnlyEntryPoints() {
        for (Caller notAdmin : new Caller[] {trainee1, supervisor1, tpd1}) {
            denied(notAdmin, overview::programmes);
            denied(notAdmin, () -> trainees.register(TestData.traineeRegistration(TestData.uniqueGmcNumber(), "UK")));
            denied(notAdmin, () -> roster.importRoster(new StringReader("gmc_number\n")));
        }
        allowed(admin1, overview::programmes);
        denied(Caller.ANONYMOUS, () -> concerns.listForTrainee(TRAINEE1));
    }

    @Test
    void denialsAreAuditedWithoutTheConcernsContent() {
        denied(trainee1, () -> concerns.find(concernOfTrainee2));

        AuditEntry entry =
                Actors.runAsSystem(() -> audit.entriesFor(ConcernService.SUBJECT_CONCERN, concernOfTrainee2)).stream()
                        .filter(e -> e.getOutcome() == AuditOutcome.DENIED)
                        .reduce((first, second) -> second)
                        .orElseThrow();
        assertThat(entry.getActor()).isEqualTo("trainee1@deanery.example");
        assertThat(entry.getAction()).isEqualTo(ConcernService.ACTION_READ);
        assertThat(entry.getOccurredAt()).isNotNull();
        assertThat(entry.toString()).doesNotContain("matrix test concern");
    }
}
