package uk.deanery.welfare.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.surveys.boundary.AnswersRejectedException;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.ResponseRate;
import uk.deanery.welfare.surveys.boundary.ResponseService;
import uk.deanery.welfare.surveys.boundary.WaveDefinition;
import uk.deanery.welfare.surveys.boundary.WaveService;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * A cohort of this test's own is surveyed with the study questionnaire; its trainee answers as themself. Proves
 * drafts, submission, one response per trainee under concurrent submits, closed waves, required items and
 * conditions, and concerns raised by flag rules.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyResponsesIT {

    private static final int INTAKE = 2026;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SurveyResponsesIT.class);
    }

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    WaveService waves;

    @Inject
    ResponseService responses;

    @Inject
    ConcernService concerns;

    @Inject
    TestData data;

    @Resource
    ManagedExecutorService executor;

    private record Cohort(String programme, String gmc, Caller trainee) {}

    private Cohort cohortWithOneTrainee() {
        return Actors.runAsSystem(() -> {
            String programme = data.programme();
            String gmc = data.enrolledTrainee(programme, INTAKE);
            return new Cohort(programme, gmc, Caller.person("trainee." + gmc + "@test.example", Set.of(Role.TRAINEE)));
        });
    }

    private Wave openWave(Cohort cohort, LocalDate opens, LocalDate closes, boolean linked) {
        return Actors.runAsSystem(() -> waves.open(new WaveDefinition(
                "Baseline " + cohort.programme(),
                BuiltInInstruments.IMG_INDUCTION_CODE,
                1,
                List.of(new WaveDefinition.CohortRef(cohort.programme(), INTAKE)),
                WaveKind.BASELINE,
                null,
                opens,
                closes,
                linked)));
    }

    private Wave openWave(Cohort cohort, boolean linked) {
        return openWave(cohort, LocalDate.now().minusDays(1), LocalDate.now().plusDays(14), linked);
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Actors.runAs(caller, work);
    }

    /** Every required item answered; supervisor access and workload answered so that their flag rules fire. */
    private static Map<String, List<String>> completeAnswers() {
        Map<String, List<String>> answers = TestData.studyAnswers();
        answers.put("SUPERVISOR_DIFFICULTY", List.of("yes"));
        answers.put("SUPERVISOR_DIFFICULTY_DETAIL", List.of("My supervisor works at another site"));
        answers.put("WORKLOAD", List.of("5"));
        return answers;
    }

    private List<WelfareConcern> surveyConcernsOf(Cohort cohort) {
        return Actors.runAsSystem(() -> concerns.listForTrainee(cohort.gmc())).stream()
                .filter(c -> c.getSource() == ConcernSource.SURVEY)
                .toList();
    }

    @Test
    void openWaveIsListedForItsCohortsTraineeWithResponseRates() {
        Cohort cohort = cohortWithOneTrainee();
        Wave wave = openWave(cohort, true);

        assertThat(as(cohort.trainee(), waves::openWavesForMe)).contains(wave);
        assertThat(Actors.runAsSystem(() -> waves.responseRates(wave.getId())))
                .singleElement()
                .satisfies(rate -> {
                    assertThat(rate.invited()).isEqualTo(1);
                    assertThat(rate.started()).isZero();
                    assertThat(rate.submitted()).isZero();
                });
    }

    @Test
    void draftIsKeptThenSubmittedAnswersRaiseConcernsByTheFlagRules() {
        Cohort cohort = cohortWithOneTrainee();
        Wave wave = openWave(cohort, true);
        Map<String, List<String>> partial = Map.of("SPECIALTY_GROUP", List.of("IMT"), "WORKLOAD", List.of("5"));

        as(cohort.trainee(), () -> {
            responses.saveDraft(wave.getId(), partial);
            return null;
        });
        assertThat(as(cohort.trainee(), () -> responses.myAnswers(wave.getId())))
                .isEqualTo(partial);
        assertThat(Actors.runAsSystem(() -> waves.responseRates(wave.getId())))
                .extracting(ResponseRate::started)
                .containsExactly(1L);

        int raised = as(cohort.trainee(), () -> responses.submit(wave.getId(), completeAnswers()))
                .concernsRaised();

        assertThat(raised).isEqualTo(2);
        assertThat(as(cohort.trainee(), () -> responses.hasSubmitted(wave.getId())))
                .isTrue();
        assertThat(as(cohort.trainee(), () -> responses.myAnswers(wave.getId())))
                .containsEntry("SUPERVISOR_DIFFICULTY", List.of("yes"));
        assertThat(surveyConcernsOf(cohort))
                .extracting(c -> c.getCategory().getCode())
                .containsExactlyInAnyOrder("SUPERVISOR_ACCESS", "WORKLOAD");
        assertThat(surveyConcernsOf(cohort))
                .allSatisfy(c -> assertThat(c.getDescription()).doesNotContain("another site"));
        assertThat(Actors.runAsSystem(() -> waves.responseRates(wave.getId())))
                .extracting(ResponseRate::submitted)
                .containsExactly(1L);
    }

    @Test
    void missingRequiredAnswersAndAnswersToHiddenItemsAreRefusedAndNothingIsWritten() {
        Cohort cohort = cohortWithOneTrainee();
        Wave wave = openWave(cohort, true);
        Map<String, List<String>> answers = completeAnswers();
        answers.remove("WORKLOAD");
        answers.put("NHS_MONTHS_BEFORE", List.of("6")); // shown only when FIRST_NHS_POST is no

        assertThatThrownBy(() -> as(cohort.trainee(), () -> responses.submit(wave.getId(), answers)))
                .isInstanceOfSatisfying(AnswersRejectedException.class, rejected -> assertThat(rejected.getProblems())
                        .extracting(p -> p.itemCode())
                        .containsExactlyInAnyOrder("WORKLOAD", "NHS_MONTHS_BEFORE"));

        assertThat(as(cohort.trainee(), () -> responses.hasSubmitted(wave.getId())))
                .isFalse();
        assertThat(surveyConcernsOf(cohort)).isEmpty();
    }

    @Test
    void closedWaveRefusesAnswers() {
        Cohort cohort = cohortWithOneTrainee();
        Wave wave =
                openWave(cohort, LocalDate.now().minusDays(30), LocalDate.now().minusDays(1), true);

        assertThatThrownBy(() -> as(cohort.trainee(), () -> responses.submit(wave.getId(), completeAnswers())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed");
        assertThat(as(cohort.trainee(), waves::openWavesForMe)).doesNotContain(wave);
    }

    @Test
    void twoSimultaneousSubmitsLeaveExactlyOneResponse() throws Exception {
        Cohort cohort = cohortWithOneTrainee();
        Wave wave = openWave(cohort, true);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    as(cohort.trainee(), () -> responses.submit(wave.getId(), completeAnswers()));
                    return "submitted";
                } catch (ConflictException refused) {
                    return "refused";
                }
            }));
        }
        start.countDown();

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }

        assertThat(results).containsExactlyInAnyOrder("submitted", "refused");
        assertThat(Actors.runAsSystem(() -> waves.responseRates(wave.getId())))
                .extracting(ResponseRate::submitted)
                .containsExactly(1L);
        assertThat(surveyConcernsOf(cohort)).hasSize(2);
    }

    @Test
    void anonymousWaveStoresNoLinkAndRaisesNoConcerns() {
        Cohort cohort = cohortWithOneTrainee();
        Wave wave = openWave(cohort, false);

        int raised = as(cohort.trainee(), () -> responses.submit(wave.getId(), completeAnswers()))
                .concernsRaised();

        assertThat(raised).isZero();
        assertThat(surveyConcernsOf(cohort)).isEmpty();
        assertThat(em.createQuery("SELECT r FROM Response r WHERE r.wave.id = :wave", Response.class)
                        .setParameter("wave", wave.getId())
                        .getResultList())
                .as("the cohort is kept, so the round can be reported by cohort; the participation is not")
                .singleElement()
                .satisfies(response -> {
                    assertThat(response.getParticipation()).isEmpty();
                    assertThat(response.getCohort().orElseThrow().getProgramme().getCode())
                            .isEqualTo(cohort.programme());
                    assertThat(response.getCohort().orElseThrow().getIntakeYear())
                            .isEqualTo(INTAKE);
                });
        assertThat(as(cohort.trainee(), () -> responses.myAnswers(wave.getId())))
                .isEmpty();
        assertThat(as(cohort.trainee(), () -> responses.hasSubmitted(wave.getId())))
                .isTrue();
    }

    /**
     * Five trainees of one cohort submit an anonymous survey one after another. Nothing stored with their responses
     * may order or join them against the rows that name the trainees (participations and audit entries): the ids
     * come from no sequence, the times are the same day for all, and no value of a response appears in those rows.
     */
    @Test
    void anonymousResponsesCannotBePairedWithTheirRespondents() {
        Cohort cohort = cohortWithOneTrainee();
        List<Caller> respondents = new ArrayList<>(List.of(cohort.trainee()));
        Actors.runAsSystem(() -> {
            for (int i = 0; i < 4; i++) {
                String gmc = data.enrolledTrainee(cohort.programme(), INTAKE);
                respondents.add(Caller.person("trainee." + gmc + "@test.example", Set.of(Role.TRAINEE)));
            }
            return null;
        });
        Wave wave = openWave(cohort, false);

        respondents.forEach(trainee -> as(trainee, () -> responses.submit(wave.getId(), completeAnswers())));

        List<Object[]> stored = em.createNativeQuery(
                        "SELECT id, reference, saved_at, submitted_at, version" + " FROM response WHERE wave_id = ?1")
                .setParameter(1, wave.getId())
                .getResultList();
        assertThat(stored).hasSize(respondents.size());
        long sequenceNow = ((Number)
                        em.createNativeQuery("SELECT MAX(id) FROM audit_entry").getSingleResult())
                .longValue();
        assertThat(stored)
                .as("random ids, all above anything the shared sequence has handed out (%d)", sequenceNow)
                .allSatisfy(row -> assertThat(((Number) row[0]).longValue())
                        .isGreaterThanOrEqualTo(uk.deanery.welfare.shared.RandomKey.FLOOR)
                        .isGreaterThan(sequenceNow));
        assertThat(stored.stream().map(row -> String.valueOf(row[2]) + "|" + row[3] + "|" + row[4]))
                .as("the same day and version for every response, so sorting by them orders nothing")
                .containsOnly(String.valueOf(stored.get(0)[2]) + "|" + stored.get(0)[3] + "|" + stored.get(0)[4]);
        assertThat(em.createQuery("SELECT r FROM Response r WHERE r.wave.id = :wave", Response.class)
                        .setParameter("wave", wave.getId())
                        .getResultList())
                .allSatisfy(response -> assertThat(response.getSavedAt())
                        .isEqualTo(response.getSavedAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS)));

        List<Object[]> participations = em.createNativeQuery(
                        "SELECT started_at, submitted_at, status FROM participation WHERE wave_id = ?1")
                .setParameter(1, wave.getId())
                .getResultList();
        assertThat(participations.stream().map(row -> row[0] + "|" + row[1] + "|" + row[2]))
                .as("the participations that name the trainees keep the same day for all, too")
                .hasSize(respondents.size())
                .containsOnly(participations.get(0)[0] + "|" + participations.get(0)[1] + "|SUBMITTED");

        List<String> responseValues = stored.stream()
                .flatMap(row -> java.util.stream.Stream.of(row[0].toString(), row[1].toString()))
                .toList();
        List<String> personValues = new ArrayList<>();
        em.createNativeQuery("SELECT CAST(id AS VARCHAR(40)), CAST(trainee_id AS VARCHAR(40)) FROM participation"
                        + " WHERE wave_id = ?1")
                .setParameter(1, wave.getId())
                .getResultList()
                .forEach(row ->
                        personValues.addAll(List.of(((Object[]) row)[0].toString(), ((Object[]) row)[1].toString())));
        em.createNativeQuery("SELECT CAST(id AS VARCHAR(40)), COALESCE(subject_id, ''), COALESCE(change_detail, '')"
                        + " FROM audit_entry WHERE actor IN ("
                        + String.join(
                                ",",
                                respondents.stream()
                                        .map(c -> "'" + c.name() + "'")
                                        .toList()) + ")")
                .getResultList()
                .forEach(row -> {
                    Object[] columns = (Object[]) row;
                    personValues.add(columns[0].toString());
                    personValues.add(columns[1].toString());
                    personValues.add(columns[2].toString());
                });
        assertThat(personValues)
                .as("the respondents' audit entries exist and name the wave only")
                .contains(wave.getReference());
        assertThat(personValues)
                .as("no id or reference of a response appears beside a person")
                .doesNotContainAnyElementsOf(responseValues);
        assertThat(personValues.stream().filter(v -> responseValues.stream().anyMatch(v::contains)))
                .isEmpty();
    }

    @Test
    void anotherTraineeCannotAnswerOrReadSomeoneElsesWave() {
        Cohort cohort = cohortWithOneTrainee();
        Cohort other = cohortWithOneTrainee();
        Wave wave = openWave(cohort, true);

        assertThatThrownBy(() -> as(other.trainee(), () -> responses.submit(wave.getId(), completeAnswers())))
                .isInstanceOf(uk.deanery.welfare.access.boundary.AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.trainee(), () -> responses.myAnswers(wave.getId())))
                .isInstanceOf(uk.deanery.welfare.access.boundary.AccessDeniedException.class);
    }
}
