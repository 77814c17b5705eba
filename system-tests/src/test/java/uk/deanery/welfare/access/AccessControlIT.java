package uk.deanery.welfare.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.concerns.entity.ConcernSharing.DEANERY_ONLY;

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
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
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
 * programme tpd1 directs; trainee2 in GP, neither's), and for concerns by who the trainee shared them with and
 * whether they are about the supervisor. Every denial must also be in the audit log.
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
    ConcernWork work;

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

    /** trainee1's, shared with supervisor and deanery. */
    private String concernOfTrainee1;
    /** trainee1's, shared with supervisor and deanery, but about not reaching the supervisor. */
    private String supervisorAccessOfTrainee1;
    /** trainee1's, for the deanery's welfare team only. */
    private String deaneryOnlyOfTrainee1;
    /** trainee2's, shared. */
    private String concernOfTrainee2;

    @BeforeEach
    void eachDemoTraineeHasConcerns() {
        concernOfTrainee1 = raise(trainee1, TRAINEE1, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        supervisorAccessOfTrainee1 =
                raise(trainee1, TRAINEE1, "SUPERVISOR_ACCESS", ConcernSharing.SUPERVISOR_AND_DEANERY);
        deaneryOnlyOfTrainee1 = raise(trainee1, TRAINEE1, "WELLBEING_BURNOUT", ConcernSharing.DEANERY_ONLY);
        concernOfTrainee2 = raise(trainee2, TRAINEE2, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
    }

    private String raise(Caller trainee, String gmcNumber, String category, ConcernSharing sharing) {
        return as(
                        trainee,
                        () -> concerns.raise(
                                new ConcernSubmission(gmcNumber, category, "matrix test concern", sharing)))
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
    void aConcernAboutTheSupervisorIsNeverShownToThemEvenWhenShared() {
        denied(supervisor1, () -> concerns.find(supervisorAccessOfTrainee1));
        allowed(tpd1, () -> concerns.find(supervisorAccessOfTrainee1));
        allowed(trainee1, () -> concerns.find(supervisorAccessOfTrainee1));
        allowed(admin1, () -> concerns.find(supervisorAccessOfTrainee1));
        assertThat(as(supervisor1, () -> concerns.listForTrainee(TRAINEE1)))
                .extracting(WelfareConcern::getReference)
                .doesNotContain(supervisorAccessOfTrainee1);
    }

    @Test
    void aDeaneryOnlyConcernIsSeenByTheTraineeAndTheDeaneryAlone() {
        allowed(trainee1, () -> concerns.find(deaneryOnlyOfTrainee1));
        allowed(admin1, () -> concerns.find(deaneryOnlyOfTrainee1));
        denied(supervisor1, () -> concerns.find(deaneryOnlyOfTrainee1));
        denied(tpd1, () -> concerns.find(deaneryOnlyOfTrainee1));
        denied(supervisor1, () -> work.changeStatus(deaneryOnlyOfTrainee1, ConcernStatus.IN_PROGRESS));
        assertThat(as(tpd1, concerns::listForMyProgrammes))
                .extracting(WelfareConcern::getReference)
                .doesNotContain(deaneryOnlyOfTrainee1);
    }

    @Test
    void onlyTheTraineeDecidesWhoSeesTheirConcern() {
        denied(supervisor1, () -> concerns.changeSharing(concernOfTrainee1, ConcernSharing.DEANERY_ONLY));
        denied(admin1, () -> concerns.changeSharing(concernOfTrainee1, ConcernSharing.DEANERY_ONLY));
        denied(trainee2, () -> concerns.changeSharing(concernOfTrainee1, ConcernSharing.DEANERY_ONLY));

        allowed(trainee1, () -> concerns.changeSharing(concernOfTrainee1, ConcernSharing.DEANERY_ONLY));
        denied(supervisor1, () -> concerns.find(concernOfTrainee1));
        denied(tpd1, () -> concerns.find(concernOfTrainee1));

        allowed(trainee1, () -> concerns.changeSharing(deaneryOnlyOfTrainee1, ConcernSharing.SUPERVISOR_AND_DEANERY));
        allowed(supervisor1, () -> concerns.find(deaneryOnlyOfTrainee1));
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(ConcernService.SUBJECT_CONCERN, concernOfTrainee1)))
                .extracting(AuditEntry::getAction)
                .contains(ConcernService.ACTION_READ, ConcernService.ACTION_UNSHARE);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(ConcernService.SUBJECT_CONCERN, concernOfTrainee1)))
                .filteredOn(e ->
                        e.getAction().equals(ConcernService.ACTION_UNSHARE) && e.getOutcome() == AuditOutcome.ALLOWED)
                .singleElement()
                .satisfies(e -> assertThat(e.getChange()).contains("SUPERVISOR_AND_DEANERY -> DEANERY_ONLY"));
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
        allowed(trainee1, () -> concerns.raise(new ConcernSubmission(TRAINEE1, "WORKLOAD", "mine", DEANERY_ONLY)));
        denied(trainee1, () -> concerns.raise(new ConcernSubmission(TRAINEE2, "WORKLOAD", "not mine", DEANERY_ONLY)));
        denied(
                supervisor1,
                () -> concerns.raise(new ConcernSubmission(TRAINEE1, "WORKLOAD", "on behalf", DEANERY_ONLY)));
        denied(tpd1, () -> concerns.raise(new ConcernSubmission(TRAINEE1, "WORKLOAD", "on behalf", DEANERY_ONLY)));
    }

    @Test
    void changingAConcernsStatus() {
        denied(trainee1, () -> work.changeStatus(concernOfTrainee1, ConcernStatus.IN_PROGRESS));
        allowed(supervisor1, () -> work.changeStatus(concernOfTrainee1, ConcernStatus.IN_PROGRESS));
        denied(supervisor1, () -> work.changeStatus(concernOfTrainee2, ConcernStatus.IN_PROGRESS));
        denied(tpd1, () -> work.changeStatus(concernOfTrainee2, ConcernStatus.IN_PROGRESS));
        allowed(admin1, () -> work.changeStatus(concernOfTrainee2, ConcernStatus.IN_PROGRESS));
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
                .doesNotContain(concernOfTrainee2, supervisorAccessOfTrainee1, deaneryOnlyOfTrainee1);
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
