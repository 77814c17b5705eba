package uk.deanery.welfare.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.subjectaccess.boundary.PersonalData;
import uk.deanery.welfare.subjectaccess.boundary.SubjectAccess;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.ResponseService;
import uk.deanery.welfare.surveys.boundary.WaveDefinition;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeAudit;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * A trainee with a bit of everything (a linked and an anonymous survey answered, a concern with an ordinary and an
 * internal note, a support activity attended) asks for their data; so does an admin for them.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessIT {

    private static final int INTAKE = 2026;
    private static final Caller ADMIN = Caller.person("admin.sar@test.example", Set.of(Role.ADMIN));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SubjectAccessIT.class);
    }

    @Inject
    SubjectAccess subjectAccess;

    @Inject
    TestData data;

    @Inject
    TraineeService trainees;

    @Inject
    WaveService waves;

    @Inject
    ResponseService responses;

    @Inject
    ConcernService concerns;

    @Inject
    ConcernWork work;

    @Inject
    SupportActivities activities;

    @Inject
    AuditLog audit;

    private record Someone(String programme, String gmc, Caller caller) {}

    private Someone trainee() {
        return Actors.runAsSystem(() -> {
            String programme = data.programme();
            String gmc = data.enrolledTrainee(programme, INTAKE);
            return new Someone(
                    programme, gmc, Caller.person(trainees.require(gmc).getEmail(), Set.of(Role.TRAINEE)));
        });
    }

    private Wave wave(Someone who, String title, boolean linked) {
        return Actors.runAsSystem(() -> waves.open(new WaveDefinition(
                title,
                BuiltInInstruments.IMG_INDUCTION_CODE,
                1,
                List.of(new WaveDefinition.CohortRef(who.programme(), INTAKE)),
                WaveKind.BASELINE,
                null,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(14),
                linked)));
    }

    private static Map<String, List<String>> answers(String workload) {
        Map<String, List<String>> answers = TestData.studyAnswers();
        answers.put("WORKLOAD", List.of(workload));
        return answers;
    }

    private Someone withABitOfEverything() {
        Someone who = trainee();
        Wave linked = wave(who, "Linked baseline " + who.programme(), true);
        Wave anonymous = wave(who, "Anonymous pulse " + who.programme(), false);
        Actors.runAs(who.caller(), () -> responses.submit(linked.getId(), answers("3")));
        Actors.runAs(who.caller(), () -> responses.submit(anonymous.getId(), answers("1")));
        WelfareConcern concern = Actors.runAs(
                who.caller(),
                () -> concerns.raise(new ConcernSubmission(
                        who.gmc(), "WORKLOAD", "On call every other night", ConcernSharing.DEANERY_ONLY)));
        Actors.runAs(ADMIN, () -> work.addNote(concern.getReference(), "Called the trainee back", false));
        Actors.runAs(ADMIN, () -> work.addNote(concern.getReference(), "Check the rota with the trust", true));
        Actors.runAs(ADMIN, () -> concerns.find(concern.getReference()));
        SupportActivity webinar = Actors.runAs(
                ADMIN,
                () -> activities.create(new ActivityDefinition(
                        ActivityKind.WEBINAR,
                        "Rota rights webinar",
                        null,
                        Instant.now().minus(2, ChronoUnit.DAYS),
                        Instant.now().minus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS),
                        null,
                        "https://meet.example/rota",
                        null,
                        List.of(new ActivityDefinition.CohortRef(who.programme(), INTAKE)),
                        List.of())));
        Actors.runAs(ADMIN, () -> activities.recordAttendance(webinar.getReference(), who.gmc(), true));
        return who;
    }

    @Test
    void aTraineeGetsEverythingHeldAboutThemAndNothingOfTheAnonymousSurvey() {
        Someone who = withABitOfEverything();

        PersonalData mine = Actors.runAs(who.caller(), subjectAccess::mine);

        assertThat(mine.person().gmcNumber()).isEqualTo(who.gmc());
        assertThat(mine.producedBy()).isEqualTo(who.caller().name());
        assertThat(mine.memberships()).singleElement().satisfies(m -> assertThat(m.intakeYear())
                .isEqualTo(INTAKE));
        assertThat(mine.surveys())
                .as("the linked survey with its answers in words; the anonymous one cannot be found")
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.survey()).startsWith("Linked baseline");
                    assertThat(s.status()).isEqualTo("Submitted");
                    assertThat(s.answers()).isNotEmpty();
                    assertThat(s.answers())
                            .allSatisfy(a -> assertThat(a.question()).isNotBlank());
                });
        assertThat(mine.concerns()).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("On call every other night");
            assertThat(c.timeline())
                    .extracting(PersonalData.Event::note)
                    .contains("Called the trainee back")
                    .doesNotContain("Check the rota with the trust");
            assertThat(c.lookedAtBy()).extracting(PersonalData.Access::who).contains(ADMIN.name());
        });
        assertThat(mine.activities()).singleElement().satisfies(a -> {
            assertThat(a.activity()).isEqualTo("Rota rights webinar");
            assertThat(a.recordedAs()).isEqualTo("Attended");
        });
        assertThat(mine.recordAccess())
                .extracting(PersonalData.Access::what)
                .contains(TraineeAudit.ACTION_REGISTER, TraineeAudit.ACTION_ENROL);
    }

    @Test
    void anAdminProducesTheSameForARequestByPostWithInternalNotesMarkedAndEachExportIsAudited() {
        Someone who = withABitOfEverything();

        PersonalData forRequest = Actors.runAs(ADMIN, () -> subjectAccess.forTrainee(who.gmc()));

        assertThat(forRequest.person().gmcNumber()).isEqualTo(who.gmc());
        assertThat(forRequest.concerns().get(0).timeline())
                .filteredOn(PersonalData.Event::internal)
                .extracting(PersonalData.Event::note)
                .containsExactly("Check the rota with the trust");
        Actors.runAs(who.caller(), subjectAccess::mine);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(TraineeAudit.SUBJECT_TRAINEE, who.gmc())))
                .filteredOn(e -> e.getAction().equals(SubjectAccess.ACTION_EXPORT))
                .extracting(AuditEntry::getActor)
                .containsExactly(ADMIN.name(), who.caller().name());
    }

    @Test
    void nobodyElseGetsAnotherTraineesData() {
        Someone who = trainee();
        Someone other = trainee();

        assertThatThrownBy(() -> Actors.runAs(other.caller(), () -> subjectAccess.forTrainee(who.gmc())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.runAs(other.caller(), subjectAccess::mine).person().gmcNumber())
                .as("a trainee's own request is theirs whatever they ask")
                .isEqualTo(other.gmc());
        Caller supervisor = Caller.person("supervisor.sar@test.example", Set.of(Role.SUPERVISOR, Role.TPD));
        assertThatThrownBy(() -> Actors.runAs(supervisor, subjectAccess::mine))
                .isInstanceOf(AccessDeniedException.class);
    }
}
