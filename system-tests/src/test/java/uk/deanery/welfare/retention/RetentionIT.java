package uk.deanery.welfare.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.retention.boundary.DueItem;
import uk.deanery.welfare.retention.boundary.Retention;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.ResponseService;
import uk.deanery.welfare.surveys.boundary.WaveDefinition;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/**
 * The retention policy with its defaults (concerns 6 years after closing, linked survey answers 10 years after the
 * wave): records whose time is up are anonymised, the numbers stay, younger records are untouched, each change is
 * audited, and a second run changes nothing. Time passing is written into the dates with SQL.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    private static final Caller ADMIN = Caller.person("admin.retention@test.example", Set.of(Role.ADMIN));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(RetentionIT.class);
    }

    @Inject
    Retention retention;

    @Inject
    TestData data;

    @Inject
    TraineeService trainees;

    @Inject
    ConcernService concerns;

    @Inject
    ConcernWork work;

    @Inject
    WaveService waves;

    @Inject
    ResponseService responses;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    private Caller traineeOf(String gmc) {
        return Caller.person(Actors.runAsSystem(() -> trainees.require(gmc).getEmail()), Set.of(Role.TRAINEE));
    }

    private WelfareConcern closedConcern(String gmc, int yearsAgo) throws Exception {
        WelfareConcern concern = Actors.runAs(
                traineeOf(gmc),
                () -> concerns.raise(new ConcernSubmission(
                        gmc, "WORKLOAD", "Nights every week, years " + yearsAgo, ConcernSharing.DEANERY_ONLY)));
        Actors.runAs(ADMIN, () -> work.addNote(concern.getReference(), "Spoke to the rota lead", true));
        Actors.runAs(
                ADMIN, () -> work.changeStatus(concern.getReference(), ConcernStatus.CLOSED, "Rota fixed, trainee ok"));
        sql(
                "UPDATE welfare_concern SET closed_at = ?1 WHERE reference = ?2",
                Instant.now().minus(365L * yearsAgo + 2, ChronoUnit.DAYS),
                concern.getReference());
        return concern;
    }

    private void sql(String statement, Object... parameters) {
        data.sql(statement, parameters);
        em.clear();
    }

    private long count(String statement, Object parameter) {
        return ((Number) em.createNativeQuery(statement)
                        .setParameter(1, parameter)
                        .getSingleResult())
                .longValue();
    }

    /** With a free-text detail, which the policy removes. */
    private static Map<String, List<String>> answers() {
        Map<String, List<String>> answers = TestData.studyAnswers();
        answers.put("SUPERVISOR_DIFFICULTY", List.of("yes"));
        answers.put("SUPERVISOR_DIFFICULTY_DETAIL", List.of("My supervisor is at another site"));
        return answers;
    }

    @Test
    void aConcernClosedMoreThanSixYearsAgoLosesItsTextAndKeepsItsPlaceInTheCounts() throws Exception {
        String programme = Actors.runAsSystem(data::programme);
        String gmc = Actors.runAsSystem(() -> data.enrolledTrainee(programme, 2026));
        WelfareConcern old = closedConcern(gmc, 7);
        WelfareConcern recent = closedConcern(gmc, 5);

        assertThat(Actors.runAs(ADMIN, retention::due))
                .extracting(DueItem::reference)
                .contains(old.getReference())
                .doesNotContain(recent.getReference());
        assertThat(Actors.runAs(ADMIN, retention::apply).concerns()).isGreaterThanOrEqualTo(1);

        WelfareConcern after = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", old.getReference())
                .getSingleResult();
        assertThat(after.getDescription()).isEqualTo(WelfareConcern.REMOVED);
        assertThat(after.getAnonymisedAt()).isPresent();
        assertThat(after.getCategory().getCode()).isEqualTo("WORKLOAD");
        assertThat(after.getStatus()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(count(
                        "SELECT COUNT(*) FROM concern_note n JOIN welfare_concern c ON c.id = n.concern_id"
                                + " WHERE c.reference = ?1 AND n.text <> '" + WelfareConcern.REMOVED + "'",
                        old.getReference()))
                .as("the notes' texts are gone, the notes themselves stay on the timeline")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM concern_note n JOIN welfare_concern c ON c.id = n.concern_id"
                                + " WHERE c.reference = ?1",
                        old.getReference()))
                .isEqualTo(2);
        assertThat(Actors.runAsSystem(() -> concerns.listForTrainee(gmc)))
                .extracting(WelfareConcern::getReference)
                .as("still counted for the trainee")
                .contains(old.getReference(), recent.getReference());
        WelfareConcern untouched = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", recent.getReference())
                .getSingleResult();
        assertThat(untouched.getDescription()).isEqualTo("Nights every week, years 5");

        Actors.runAs(ADMIN, retention::apply);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(ConcernService.SUBJECT_CONCERN, old.getReference())))
                .extracting(AuditEntry::getAction)
                .as("anonymised once, whatever the number of runs")
                .containsOnlyOnce(Retention.ACTION_ANONYMISE_CONCERN);
    }

    @Test
    void linkedAnswersTenYearsOldNoLongerPointToTheirTraineesAndTheWavesNumbersStay() throws Exception {
        String programme = Actors.runAsSystem(data::programme);
        String answered = Actors.runAsSystem(() -> data.enrolledTrainee(programme, 2026));
        String drafted = Actors.runAsSystem(() -> data.enrolledTrainee(programme, 2026));
        Wave wave = Actors.runAsSystem(() -> waves.open(new WaveDefinition(
                "Old baseline " + programme,
                BuiltInInstruments.IMG_INDUCTION_CODE,
                1,
                List.of(new WaveDefinition.CohortRef(programme, 2026)),
                WaveKind.BASELINE,
                null,
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(14),
                true)));
        Actors.runAs(traineeOf(answered), () -> responses.submit(wave.getId(), answers()));
        Actors.runAs(traineeOf(drafted), () -> {
            responses.saveDraft(wave.getId(), Map.of("WORKLOAD", List.of("5")));
            return null;
        });
        long indicatorsBefore = count(
                "SELECT COUNT(*) FROM response_indicator i JOIN response r ON r.id = i.response_id WHERE r.wave_id = ?1",
                wave.getId());
        sql(
                "UPDATE wave SET opens_on = ?1, closes_on = ?2 WHERE id = ?3",
                LocalDate.now().minusYears(11).minusDays(20),
                LocalDate.now().minusYears(11),
                wave.getId());

        assertThat(Actors.runAs(ADMIN, retention::due))
                .filteredOn(item -> item.reference().equals(wave.getReference()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(DueItem.Kind.SURVEY_ANSWERS);
                    assertThat(item.records()).isEqualTo(2);
                });
        Actors.runAs(ADMIN, retention::apply);

        assertThat(count("SELECT COUNT(*) FROM response WHERE wave_id = ?1", wave.getId()))
                .as("the submitted response stays, the draft is gone")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM response WHERE wave_id = ?1 AND participation_id IS NOT NULL",
                        wave.getId()))
                .isZero();
        Instant savedAt = em.createQuery("SELECT r FROM Response r WHERE r.wave.id = :wave", Response.class)
                .setParameter("wave", wave.getId())
                .getSingleResult()
                .getSavedAt();
        assertThat(savedAt)
                .as("only the day, which the submit in the audit trail cannot be matched with")
                .isEqualTo(savedAt.truncatedTo(ChronoUnit.DAYS));
        assertThat(count(
                        "SELECT COUNT(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                                + " WHERE r.wave_id = ?1 AND a.item_code = 'SUPERVISOR_DIFFICULTY_DETAIL'",
                        wave.getId()))
                .as("free text is removed")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                                + " WHERE r.wave_id = ?1 AND a.item_code = 'WORKLOAD'",
                        wave.getId()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM response_indicator i JOIN response r ON r.id = i.response_id"
                                + " WHERE r.wave_id = ?1",
                        wave.getId()))
                .as("the indicators the reports count are all there")
                .isEqualTo(indicatorsBefore);
        assertThat(count("SELECT COUNT(*) FROM participation WHERE wave_id = ?1", wave.getId()))
                .as("who was invited and who answered stays, for the response rate")
                .isEqualTo(2);

        assertThat(Actors.runAs(ADMIN, retention::due))
                .extracting(DueItem::reference)
                .doesNotContain(wave.getReference());
        Actors.runAs(ADMIN, retention::apply);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(WaveService.SUBJECT_WAVE, wave.getReference())))
                .filteredOn(e -> e.getAction().equals(Retention.ACTION_ANONYMISE_RESPONSES))
                .singleElement()
                .satisfies(e -> assertThat(e.getChange())
                        .hasValueSatisfying(c -> assertThat(c).contains("1 responses detached, 1 drafts deleted")));
    }

    @Test
    void onlyAdminsSeeOrRunTheRetentionPolicy() {
        Caller analyst = Caller.person("analyst.retention@test.example", Set.of(Role.ANALYST, Role.TPD));

        assertThatThrownBy(() -> Actors.runAs(analyst, retention::due)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(analyst, retention::apply)).isInstanceOf(AccessDeniedException.class);
    }
}
