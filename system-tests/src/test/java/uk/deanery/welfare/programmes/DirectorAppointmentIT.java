package uk.deanery.welfare.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.programmes.boundary.DirectorAppointment;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.TrainingProgrammeDirector;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.Enrolment;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * A training programme director reaches a trainee's concerns only while their appointment runs and while the
 * trainee's membership of the programme runs; admins appoint and end appointments, audited before and after.
 */
@ExtendWith(ArquillianExtension.class)
class DirectorAppointmentIT {

    private static final Caller ADMIN = Caller.person("admin.appointments@test.example", Set.of(Role.ADMIN));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(DirectorAppointmentIT.class);
    }

    @Inject
    ProgrammeService programmes;

    @Inject
    TraineeService trainees;

    @Inject
    ConcernService concerns;

    @Inject
    AuditLog audit;

    @Inject
    TestData data;

    private final LocalDate today = LocalDate.now(DeaneryClock.ZONE);

    private static Caller director(String email) {
        return Caller.person(email, Set.of(Role.TPD));
    }

    private WelfareConcern sharedConcernOf(String gmc) {
        Caller trainee =
                Caller.person(Actors.runAsSystem(() -> trainees.require(gmc).getEmail()), Set.of(Role.TRAINEE));
        return Actors.runAs(
                trainee,
                () -> concerns.raise(new ConcernSubmission(
                        gmc, "WORKLOAD", "rota gaps every week", ConcernSharing.SUPERVISOR_AND_DEANERY)));
    }

    private List<String> seenBy(String directorEmail) {
        return Actors.runAs(director(directorEmail), concerns::listForMyProgrammes).stream()
                .map(WelfareConcern::getReference)
                .toList();
    }

    @Test
    void aDirectorSeesTheProgrammeOnlyWhileTheAppointmentRuns() {
        String programme = Actors.runAsSystem(data::programme);
        String gmc = Actors.runAsSystem(() -> data.enrolledTrainee(programme, 2026));
        String current = ("current." + programme + "@test.example").toLowerCase(Locale.ROOT);
        Actors.runAs(
                ADMIN,
                () -> programmes.appoint(
                        new DirectorAppointment("Cai", "Current", current, programme, today.minusDays(10))));
        String future = Actors.runAsSystem(() -> data.directorAppointedFromTomorrow(programme));
        String ended = Actors.runAsSystem(() -> data.directorWhoseAppointmentEnded(programme));
        WelfareConcern concern = sharedConcernOf(gmc);

        assertThat(seenBy(current)).containsExactly(concern.getReference());
        assertThat(seenBy(future)).isEmpty();
        assertThat(seenBy(ended)).isEmpty();
        assertThatThrownBy(() -> Actors.runAs(director(ended), () -> concerns.find(concern.getReference())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(director(future), () -> concerns.find(concern.getReference())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.runAs(director(current), () -> concerns.find(concern.getReference())))
                .isEqualTo(concern);
    }

    @Test
    void aDirectorNoLongerSeesATraineeWhoseMembershipEnded() {
        String programme = Actors.runAsSystem(data::programme);
        String stays = Actors.runAsSystem(() -> data.enrolledTrainee(programme, 2026));
        String left = Actors.runAsSystem(() -> {
            String gmc = TestData.uniqueGmcNumber();
            trainees.register(TestData.traineeRegistration(gmc, "India"));
            trainees.enrol(new Enrolment(gmc, programme, 2025, "IMT1", today.minusYears(1), today.minusDays(1)));
            return gmc;
        });
        String director = ("tpd." + programme + "@test.example").toLowerCase(Locale.ROOT);
        Actors.runAsSystem(() -> programmes.createDirector("Tess", "Director", director, programme));
        WelfareConcern current = sharedConcernOf(stays);
        WelfareConcern former = sharedConcernOf(left);

        assertThat(seenBy(director)).containsExactly(current.getReference());
        assertThatThrownBy(() -> Actors.runAs(director(director), () -> concerns.find(former.getReference())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminsEndAnAppointmentAndTheTrailKeepsBeforeAndAfter() {
        String programme = Actors.runAsSystem(data::programme);
        String email = ("ending." + programme + "@test.example").toLowerCase(Locale.ROOT);
        TrainingProgrammeDirector director = Actors.runAs(
                ADMIN,
                () -> programmes.appoint(
                        new DirectorAppointment("Ena", "Ending", email, programme, today.minusDays(30))));

        assertThatThrownBy(() ->
                        Actors.runAs(ADMIN, () -> programmes.endAppointment(director.getId(), today.minusDays(1))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("endDate"));
        assertThatThrownBy(
                        () -> Actors.runAs(director(email), () -> programmes.endAppointment(director.getId(), today)))
                .isInstanceOf(AccessDeniedException.class);

        TrainingProgrammeDirector ended = Actors.runAs(ADMIN, () -> programmes.endAppointment(director.getId(), today));

        assertThat(ended.getAppointment().getEndDate()).isEqualTo(today);
        assertThat(Actors.runAs(director(email), programmes::directedByCaller))
                .as("the last day still counts")
                .extracting(p -> p.getCode())
                .containsExactly(programme.toUpperCase(Locale.ROOT));
        assertThatThrownBy(() -> Actors.runAs(ADMIN, () -> programmes.endAppointment(director.getId(), today)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> Actors.runAs(
                        ADMIN,
                        () -> programmes.appoint(new DirectorAppointment("Ena", "Again", email, programme, today))))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.getField()).isEqualTo("email"));
        assertThat(Actors.runAs(ADMIN, programmes::directors)).contains(ended);

        List<String> trail = Actors.runAsSystem(
                        () -> audit.entriesFor(ProgrammeService.SUBJECT_PROGRAMME, programme.toUpperCase(Locale.ROOT)))
                .stream()
                .map(entry -> entry.getActor() + " " + entry.getAction() + ": "
                        + entry.getChange().orElse(""))
                .toList();
        String from = today.minusDays(30).toString();
        assertThat(trail)
                .contains(
                        ADMIN.name() + " APPOINT_DIRECTOR: none -> director " + email + " of "
                                + programme.toUpperCase(Locale.ROOT) + " from " + from,
                        ADMIN.name() + " END_DIRECTOR_APPOINTMENT: director " + email + " of "
                                + programme.toUpperCase(Locale.ROOT) + " from " + from + " -> director " + email
                                + " of " + programme.toUpperCase(Locale.ROOT) + " " + from + " to " + today);
        assertThat(trail.stream().filter(line -> line.contains("END_DIRECTOR_APPOINTMENT")))
                .as("the refused and the failed attempts changed nothing")
                .hasSize(1);
    }
}
