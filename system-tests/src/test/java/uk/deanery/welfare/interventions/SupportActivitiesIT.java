package uk.deanery.welfare.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition.CohortRef;
import uk.deanery.welfare.interventions.boundary.ActivityDetails;
import uk.deanery.welfare.interventions.boundary.ActivityInvitations;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.mail.OutboxMessage;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * Support activities in the container: who may create and run them, signing up within the activity's cohorts,
 * attendance ticked by the peer supporter who runs it and by nobody else, each trainee's own history, and the audit
 * trail of every change.
 */
@ExtendWith(ArquillianExtension.class)
class SupportActivitiesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SupportActivitiesIT.class);
    }

    @Inject
    SupportActivities activities;

    @Inject
    TestData data;

    @Inject
    TraineeService trainees;

    @Inject
    AuditLog audit;

    private record Setting(String programme, String supporter, String other, String trainee, String elsewhere) {}

    private Setting setting() {
        return Actors.runAsSystem(() -> {
            String programme = data.programme();
            Setting s = new Setting(
                    programme,
                    data.enrolledTrainee(programme, 2025),
                    data.enrolledTrainee(programme, 2025),
                    data.enrolledTrainee(programme, 2026),
                    data.enrolledTrainee(programme, 2024));
            activities.markPeerSupporter(s.supporter(), true);
            activities.markPeerSupporter(s.other(), true);
            return s;
        });
    }

    private Caller as(String gmc) {
        return Caller.person(Actors.runAsSystem(() -> trainees.require(gmc)).getEmail(), Set.of(Role.TRAINEE));
    }

    private static ActivityDefinition webinar(String programme, Instant starts, String... supporters) {
        return new ActivityDefinition(
                ActivityKind.WEBINAR,
                "The e-portfolio in your first rotation",
                "A peer-led walk through the portfolio",
                starts,
                starts.plus(2, ChronoUnit.HOURS),
                null,
                "https://teams.example/webinar",
                30,
                List.of(new CohortRef(programme, 2026)),
                List.of(supporters));
    }

    @Test
    void aPeerSupporterRunsTheirOwnActivityAndOnlyTheyAndAdminsTickItsAttendance() {
        Setting s = setting();
        Instant underWay = Instant.now().minus(1, ChronoUnit.HOURS);

        SupportActivity webinar =
                Actors.runAs(as(s.supporter()), () -> activities.create(webinar(s.programme(), underWay)));
        assertThat(webinar.getSupporters())
                .extracting(t -> t.getGmcNumber().getDigits())
                .containsExactly(s.supporter());
        assertThat(Actors.runAs(as(s.supporter()), activities::mine))
                .extracting(SupportActivity::getReference)
                .contains(webinar.getReference());

        Attendance signedUp = Actors.runAs(as(s.trainee()), () -> activities.signUp(webinar.getReference()));
        assertThat(signedUp.getStatus()).isEqualTo(AttendanceStatus.SIGNED_UP);
        assertThatThrownBy(() -> Actors.runAs(as(s.elsewhere()), () -> activities.signUp(webinar.getReference())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("other cohorts");

        assertThatThrownBy(() -> Actors.runAs(
                        as(s.other()), () -> activities.recordAttendance(webinar.getReference(), s.trainee(), true)))
                .as("a peer supporter who does not run it")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(as(s.other()), () -> activities.manage(webinar.getReference())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(
                        as(s.trainee()), () -> activities.recordAttendance(webinar.getReference(), s.trainee(), true)))
                .as("the trainee themself")
                .isInstanceOf(AccessDeniedException.class);

        Attendance ticked = Actors.runAs(
                as(s.supporter()), () -> activities.recordAttendance(webinar.getReference(), s.trainee(), true));
        assertThat(ticked.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);

        List<AuditEntry> trail =
                Actors.runAsSystem(() -> audit.entriesFor(SupportActivities.SUBJECT_ACTIVITY, webinar.getReference()));
        assertThat(trail)
                .extracting(AuditEntry::getAction)
                .contains("CREATE_ACTIVITY", "SIGN_UP_ACTIVITY", "RECORD_ATTENDANCE");
        assertThat(trail)
                .filteredOn(e -> e.getAction().equals("RECORD_ATTENDANCE"))
                .anySatisfy(e -> assertThat(e.getChange()).contains("SIGNED_UP -> ATTENDED"));
        assertThat(trail).anySatisfy(e -> assertThat(e.getOutcome().name()).isEqualTo("DENIED"));
    }

    @Test
    void aTraineeSeesTheirCohortsUpcomingActivitiesAndOnlyTheirOwnAttendance() {
        Setting s = setting();
        Instant later = Instant.now().plus(10, ChronoUnit.DAYS);
        SupportActivity webinar =
                Actors.runAsSystem(() -> activities.create(webinar(s.programme(), later, s.supporter())));

        assertThat(Actors.runAs(as(s.trainee()), activities::upcomingForMe))
                .extracting(SupportActivity::getReference)
                .contains(webinar.getReference());
        assertThat(Actors.runAs(as(s.elsewhere()), activities::upcomingForMe))
                .extracting(SupportActivity::getReference)
                .doesNotContain(webinar.getReference());

        Actors.runAs(as(s.trainee()), () -> activities.signUp(webinar.getReference()));
        assertThat(Actors.runAs(as(s.trainee()), activities::myAttendance))
                .extracting(a -> a.getActivity().getReference())
                .contains(webinar.getReference());
        assertThat(Actors.runAs(as(s.elsewhere()), activities::myAttendance))
                .extracting(a -> a.getActivity().getReference())
                .doesNotContain(webinar.getReference());

        Attendance given = Actors.runAs(as(s.trainee()), () -> activities.cancel(webinar.getReference()));
        assertThat(given.getStatus()).isEqualTo(AttendanceStatus.CANCELLED);
    }

    @Test
    void onlyAdminsMarkPeerSupportersAndOnlyPeerSupportersAmongTraineesCreateActivities() {
        Setting s = setting();
        assertThatThrownBy(() -> Actors.runAs(as(s.supporter()), () -> {
                    activities.markPeerSupporter(s.trainee(), true);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        Actors.runAs(as(s.trainee()), () -> activities.create(webinar(s.programme(), Instant.now()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(SupportActivities.SUBJECT_TRAINEE, s.supporter())))
                .anySatisfy(e -> assertThat(e.getChange()).contains("peer supporter false -> peer supporter true"));
    }

    @Inject
    ActivityInvitations invitations;

    @Inject
    Mailer mailer;

    private List<OutboxMessage> outbox(String subject) {
        return Actors.runAsSystem(() -> mailer.recent(500)).stream()
                .filter(m -> m.getSubject().equals(subject))
                .toList();
    }

    @Test
    void recordingAnUpcomingActivityInvitesItsCohortsAndTheDayBeforeThoseWithAPlaceAreReminded() {
        Setting s = setting();
        String second = Actors.runAsSystem(() -> data.enrolledTrainee(s.programme(), 2026));
        Instant tomorrowEvening = Instant.now().plus(20, ChronoUnit.HOURS);

        ActivityDefinition usual = webinar(s.programme(), tomorrowEvening);
        String title = "Portfolio questions for " + s.programme();
        SupportActivity webinar = Actors.runAsSystem(() -> activities.create(new ActivityDefinition(
                usual.kind(),
                title,
                usual.description(),
                usual.startsAt(),
                usual.endsAt(),
                usual.place(),
                usual.link(),
                usual.capacity(),
                usual.cohorts(),
                usual.supporters())));
        assertThat(outbox("Peer support: " + title))
                .extracting(OutboxMessage::getRecipient)
                .as("every trainee of the 2026 cohort, nobody else")
                .containsExactlyInAnyOrder(
                        "trainee." + s.trainee() + "@test.example", "trainee." + second + "@test.example");
        assertThat(outbox("Peer support: " + title).get(0).getBody())
                .contains(title)
                .contains("/trainee/home.xhtml");

        Actors.runAs(as(s.trainee()), () -> activities.signUp(webinar.getReference()));
        Actors.runAsSystem(invitations::sendDueReminders);
        assertThat(outbox("Reminder: " + title))
                .extracting(OutboxMessage::getRecipient)
                .containsExactly("trainee." + s.trainee() + "@test.example");

        SupportActivity past = Actors.runAsSystem(() -> activities.create(new ActivityDefinition(
                ActivityKind.INDUCTION_SESSION,
                "A past induction " + webinar.getReference(),
                null,
                Instant.now().minus(30, ChronoUnit.DAYS),
                Instant.now().minus(30, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS),
                null,
                null,
                null,
                List.of(new CohortRef(s.programme(), 2026)),
                List.of())));
        assertThat(outbox("Peer support: " + past.getTitle()))
                .as("a past activity recorded afterwards invites nobody")
                .isEmpty();
    }

    @Test
    void theSupporterWhoRunsAnActivityChangesItsDetailsAuditedAndARefusedChangeChangesNothing() {
        Setting s = setting();
        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        SupportActivity webinar =
                Actors.runAs(as(s.supporter()), () -> activities.create(webinar(s.programme(), nextWeek)));
        String ref = webinar.getReference();
        ActivityDetails later = new ActivityDetails(
                "The e-portfolio, moved",
                null,
                nextWeek.plus(1, ChronoUnit.DAYS),
                nextWeek.plus(1, ChronoUnit.DAYS).plus(90, ChronoUnit.MINUTES),
                "Seminar room 2",
                null,
                25);

        SupportActivity changed = Actors.runAs(as(s.supporter()), () -> activities.change(ref, later));

        assertThat(changed.getTitle()).isEqualTo("The e-portfolio, moved");
        assertThat(changed.getStartsAt()).isEqualTo(later.startsAt());
        assertThat(changed.getCapacity()).contains(25);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(SupportActivities.SUBJECT_ACTIVITY, ref)))
                .filteredOn(e -> e.getAction().equals("CHANGE_ACTIVITY"))
                .singleElement()
                .satisfies(e -> assertThat(e.getChange().orElseThrow())
                        .contains(nextWeek.toString())
                        .contains("places 25")
                        .contains("changed title, description, place, link")
                        .doesNotContain("moved"));

        assertThatThrownBy(() -> Actors.runAs(as(s.other()), () -> activities.change(ref, later)))
                .as("a peer supporter who does not run it")
                .isInstanceOf(AccessDeniedException.class);
        ActivityDetails backwards =
                new ActivityDetails("Renamed", null, later.endsAt(), later.startsAt(), null, null, null);
        assertThatThrownBy(() -> Actors.runAs(as(s.supporter()), () -> activities.change(ref, backwards)))
                .isInstanceOf(uk.deanery.welfare.shared.InvalidValueException.class)
                .hasMessageContaining("after the start");
        assertThat(Actors.runAs(as(s.supporter()), activities::mine))
                .filteredOn(a -> a.getReference().equals(ref))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getTitle())
                            .as("the refused change left it as it was")
                            .isEqualTo("The e-portfolio, moved");
                    assertThat(a.getCapacity()).contains(25);
                });
    }
}
