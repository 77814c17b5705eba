package uk.deanery.welfare.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.concerns.boundary.ConcernCaseFile;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.SafetyShare;
import uk.deanery.welfare.concerns.boundary.TimelineEntry;
import uk.deanery.welfare.concerns.boundary.TriageQueue;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * The deanery's triage queue, taking a concern from it, the trail of who looked at a concern, changes on a stale page,
 * and the safety override.
 */
@ExtendWith(ArquillianExtension.class)
class ConcernTriageIT {

    private static final Caller admin1 = Caller.person("admin1@deanery.example", Set.of(Role.ADMIN));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ConcernTriageIT.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    ConcernWork work;

    @Inject
    ConcernCaseFile caseFile;

    @Inject
    TestData data;

    @Inject
    TraineeService trainees;

    @Inject
    SupervisionService supervision;

    private record Trainee(String gmc, Caller caller, Caller supervisor) {}

    private Trainee supervisedTrainee() {
        return Actors.runAsSystem(() -> {
            String trainee = data.enrolledTrainee(data.programme(), 2026);
            String supervisor = data.supervisor();
            supervision.assign(trainee, supervisor, DateRange.startingOn(LocalDate.of(2026, 8, 2)));
            return new Trainee(
                    trainee,
                    Caller.person(trainees.require(trainee).getEmail(), Set.of(Role.TRAINEE)),
                    Caller.person(supervision.requireSupervisor(supervisor).getEmail(), Set.of(Role.SUPERVISOR)));
        });
    }

    private WelfareConcern raise(Trainee t, String category, ConcernSharing sharing) {
        return Actors.runAs(
                t.caller(), () -> concerns.raise(new ConcernSubmission(t.gmc(), category, "triage test", sharing)));
    }

    private TriageQueue queue() {
        return Actors.runAs(admin1, work::triageQueue);
    }

    @Test
    void theQueueHoldsWhatIsNotSharedWithASupervisorAndNotWhatTheSupervisorHolds() {
        Trainee t = supervisedTrainee();
        WelfareConcern deaneryOnly = raise(t, "WELLBEING_BURNOUT", ConcernSharing.DEANERY_ONLY);
        WelfareConcern withSupervisor = raise(t, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);

        assertThat(queue().concerns())
                .extracting(WelfareConcern::getReference)
                .contains(deaneryOnly.getReference())
                .doesNotContain(withSupervisor.getReference());
    }

    @Test
    void takingAConcernOwnsAndAcknowledgesItAndTheCountersFollow() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "LIFE_IN_UK", ConcernSharing.DEANERY_ONLY);
        long unownedBefore = queue().unowned();

        WelfareConcern taken = Actors.runAs(admin1, () -> work.takeOwnership(concern.getReference()));

        assertThat(taken.getOwnerEmail()).contains("admin1@deanery.example");
        assertThat(taken.getStatus()).isEqualTo(ConcernStatus.ACKNOWLEDGED);
        assertThat(queue().unowned()).isEqualTo(unownedBefore - 1);
        assertThatThrownBy(() -> Actors.runAs(t.supervisor(), work::triageQueue))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(t.caller(), () -> work.takeOwnership(concern.getReference())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTraineeSeesWhoLookedAtTheirConcernAndTheSupervisorMayNotAsk() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        Actors.runAs(t.supervisor(), () -> concerns.find(concern.getReference()));
        Actors.runAs(admin1, () -> concerns.find(concern.getReference()));

        assertThat(Actors.runAs(t.caller(), () -> caseFile.trail(concern.getReference())))
                .filteredOn(e -> e.getAction().equals(ConcernService.ACTION_READ))
                .extracting(AuditEntry::getActor)
                .contains(t.supervisor().name(), "admin1@deanery.example");
        assertThatThrownBy(() -> Actors.runAs(t.supervisor(), () -> caseFile.trail(concern.getReference())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ofTwoAdminsTakingTheSameConcernAsTheySawItTheSecondIsToldAndNothingIsLost() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "WORKLOAD", ConcernSharing.DEANERY_ONLY);
        long seen = Actors.runAs(admin1, () -> concerns.find(concern.getReference()))
                .getVersion();
        Caller admin2 = Caller.person("admin2@deanery.example", Set.of(Role.ADMIN));

        Actors.runAs(admin1, () -> work.takeOwnership(concern.getReference(), seen));

        assertThatThrownBy(() -> Actors.runAs(admin2, () -> work.takeOwnership(concern.getReference(), seen)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getReason()).contains("reload the page"));
        assertThat(Actors.runAs(admin1, () -> concerns.find(concern.getReference()))
                        .getOwnerEmail())
                .contains("admin1@deanery.example");
    }

    @Test
    void ofTwoPeopleMovingTheSameConcernAsTheySawItTheSecondIsToldAndTheFirstMoveStands() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        long seen = Actors.runAs(admin1, () -> concerns.find(concern.getReference()))
                .getVersion();

        Actors.runAs(
                t.supervisor(), () -> work.changeStatus(concern.getReference(), ConcernStatus.IN_PROGRESS, null, seen));

        assertThatThrownBy(() -> Actors.runAs(
                        admin1,
                        () -> work.changeStatus(
                                concern.getReference(), ConcernStatus.CLOSED, "Nothing more to do", seen)))
                .isInstanceOf(ConflictException.class);
        assertThat(Actors.runAs(admin1, () -> concerns.find(concern.getReference()))
                        .getStatus())
                .isEqualTo(ConcernStatus.IN_PROGRESS);
    }

    @Test
    void aTraineeChangingSharingOnAStalePageIsToldToReload() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        long seen = Actors.runAs(t.caller(), () -> concerns.find(concern.getReference()))
                .getVersion();
        Actors.runAs(t.supervisor(), () -> work.acknowledge(concern.getReference()));

        assertThatThrownBy(() -> Actors.runAs(
                        t.caller(),
                        () -> concerns.changeSharing(concern.getReference(), ConcernSharing.DEANERY_ONLY, seen)))
                .isInstanceOf(ConflictException.class);
        assertThat(Actors.runAs(t.caller(), () -> concerns.find(concern.getReference()))
                        .getSharing())
                .isEqualTo(ConcernSharing.SUPERVISOR_AND_DEANERY);
    }

    @Inject
    Mailer mailer;

    @Test
    void aSafetyOverrideSharesWithTheNamedPersonTellsTheTraineeAndKeepsTheReasonOutOfTheAudit() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "SUPERVISOR_ACCESS", ConcernSharing.DEANERY_ONLY);
        String reason = "Risk to patients: rota gaps unsupervised " + concern.getReference();
        assertThatThrownBy(() -> Actors.runAs(t.supervisor(), () -> concerns.find(concern.getReference())))
                .isInstanceOf(AccessDeniedException.class);

        Actors.runAs(
                admin1,
                () -> work.overrideForSafety(
                        concern.getReference(), new SafetyShare(t.supervisor().name(), reason)));

        assertThat(Actors.runAs(t.supervisor(), () -> concerns.find(concern.getReference())))
                .as("the named person may read it now, even the supervisor it is about")
                .isNotNull();
        assertThat(Actors.runAs(t.caller(), () -> work.overridesOf(concern.getReference())))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.getSharedWith()).isEqualTo(t.supervisor().name());
                    assertThat(o.getGrantedBy()).isEqualTo("admin1@deanery.example");
                    assertThat(o.getReason()).isEqualTo(reason);
                });
        assertThat(Actors.runAsSystem(() -> mailer.recent(500)))
                .filteredOn(m -> m.getRecipient().equals(t.caller().name())
                        && m.getSubject().contains("shared for safety"))
                .singleElement()
                .satisfies(m -> assertThat(m.getBody()).doesNotContain(reason).doesNotContain("triage test"));
        assertThat(Actors.runAs(admin1, () -> caseFile.trail(concern.getReference())))
                .extracting(AuditEntry::getAction)
                .contains(ConcernWork.ACTION_SAFETY_OVERRIDE);
        assertThat(Actors.runAs(admin1, () -> caseFile.trail(concern.getReference())))
                .noneMatch(e -> e.toString().contains("rota gaps"));
    }

    @Test
    void aSafetyOverrideNeedsAReasonAndIsNotTheSupervisorsOrTheTraineesToMake() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);

        assertThatThrownBy(() -> Actors.runAs(
                        admin1,
                        () -> work.overrideForSafety(
                                concern.getReference(), new SafetyShare("ohs@trust.example", "  "))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> Actors.runAs(
                        t.supervisor(),
                        () -> work.overrideForSafety(
                                concern.getReference(), new SafetyShare("ohs@trust.example", "risk"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(
                        t.caller(),
                        () -> work.overrideForSafety(
                                concern.getReference(), new SafetyShare("ohs@trust.example", "risk"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.runAs(admin1, () -> work.overridesOf(concern.getReference())))
                .isEmpty();
    }

    @Test
    void theTimelineShowsTheTraineeNotesAndReasonsButNotTheDeaneryInternalNotes() {
        Trainee t = supervisedTrainee();
        WelfareConcern concern = raise(t, "WORKLOAD", ConcernSharing.SUPERVISOR_AND_DEANERY);
        String ref = concern.getReference();

        Actors.runAs(t.supervisor(), () -> work.addNote(ref, "Rota meeting booked for Friday", false));
        Actors.runAs(admin1, () -> work.addNote(ref, "Internal: check with the trust's rota lead", true));
        assertThatThrownBy(() -> Actors.runAs(t.supervisor(), () -> work.addNote(ref, "private", true)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(
                        () -> Actors.runAs(t.supervisor(), () -> work.changeStatus(ref, ConcernStatus.RESOLVED, " ")))
                .isInstanceOf(InvalidValueException.class);
        Actors.runAs(t.supervisor(), () -> work.changeStatus(ref, ConcernStatus.RESOLVED, "Rota changed from March"));

        List<TimelineEntry> seenByTrainee = Actors.runAs(t.caller(), () -> caseFile.timeline(ref));
        assertThat(seenByTrainee)
                .extracting(TimelineEntry::text)
                .contains("Rota meeting booked for Friday", "Rota changed from March")
                .doesNotContain("Internal: check with the trust's rota lead");
        assertThat(seenByTrainee)
                .extracting(TimelineEntry::what)
                .as("in words, not codes")
                .contains("Raised", "Reason for moving to Resolved", "Note", "Moved from Open to Resolved");
        assertThat(Actors.runAs(admin1, () -> caseFile.timeline(ref)))
                .extracting(TimelineEntry::text)
                .contains("Internal: check with the trust's rota lead");
        assertThat(Actors.runAs(admin1, () -> caseFile.trail(ref)))
                .noneMatch(e -> e.toString().contains("Rota"));
    }

    @Test
    void aSupervisorSeesSharedConcernsOnlyWhileTheAssignmentRuns() {
        record Assignments(String gmc, Caller trainee, Caller endedYesterday, Caller startsTomorrow) {}
        Assignments a = Actors.runAsSystem(() -> {
            String trainee = data.enrolledTrainee(data.programme(), 2026);
            String ended = data.supervisor();
            String future = data.supervisor();
            LocalDate today = LocalDate.now(DeaneryClock.ZONE);
            supervision.assign(trainee, ended, DateRange.of(LocalDate.of(2026, 8, 2), today.minusDays(1)));
            supervision.assign(trainee, future, DateRange.startingOn(today.plusDays(1)));
            return new Assignments(
                    trainee,
                    Caller.person(trainees.require(trainee).getEmail(), Set.of(Role.TRAINEE)),
                    Caller.person(supervision.requireSupervisor(ended).getEmail(), Set.of(Role.SUPERVISOR)),
                    Caller.person(supervision.requireSupervisor(future).getEmail(), Set.of(Role.SUPERVISOR)));
        });
        WelfareConcern shared = Actors.runAs(
                a.trainee(),
                () -> concerns.raise(new ConcernSubmission(
                        a.gmc(), "WORKLOAD", "assignment test", ConcernSharing.SUPERVISOR_AND_DEANERY)));

        assertThatThrownBy(() -> Actors.runAs(a.endedYesterday(), () -> concerns.find(shared.getReference())))
                .as("the assignment ended yesterday")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(a.startsTomorrow(), () -> concerns.find(shared.getReference())))
                .as("the assignment starts tomorrow")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.runAs(a.startsTomorrow(), concerns::listForMyTrainees))
                .extracting(WelfareConcern::getReference)
                .doesNotContain(shared.getReference());
    }
}
