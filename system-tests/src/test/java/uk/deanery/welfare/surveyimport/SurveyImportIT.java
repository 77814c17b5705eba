package uk.deanery.welfare.surveyimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
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
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.entity.ParticipationStatus;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * Past survey rounds imported from CSV against the study questionnaire: identified and pseudonymous respondents, the
 * same pseudonym linking two rounds, every bad row reported with nothing stored, and a repeated import changing
 * nothing. Each test has a programme and round dates of its own.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class SurveyImportIT {

    private static final AtomicInteger NEXT_DAY =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 300));

    private static final String HEADER = "gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,"
            + "SPECIALTY_GROUP,PMQ_REGION,FIRST_NHS_POST,ANXIETY_START,SUPERVISOR_DIFFICULTY,SUPPORT_WANTED\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SurveyImportIT.class);
    }

    @Inject
    SurveyImport surveyImport;

    @Inject
    TestData data;

    @Inject
    ConcernService concerns;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    /** A programme with 2020 and 2021 cohorts, a trainee in the 2021 one, and round dates no other test uses. */
    private record Setting(String programme, String gmc, LocalDate pilot, LocalDate baseline, LocalDate followUp) {}

    private Setting setting() {
        String programme = data.programme();
        data.enrolledTrainee(programme, 2020);
        String gmc = data.enrolledTrainee(programme, 2021);
        // In both cohorts' years (2020 to 2030) and before today, a day of its own for each test of the run: no other
        // test imports a pilot, baseline or follow-up between 2022 and September 2023 (the study's rounds are in 2020
        // and 2021).
        LocalDate pilot = LocalDate.of(2022, 1, 1).plusDays(NEXT_DAY.getAndIncrement());
        return new Setting(programme, gmc, pilot, pilot.plusDays(200), pilot.plusDays(330));
    }

    private SurveyImportReport importCsv(String csv) {
        return surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, new StringReader(csv), new ImportProgress());
    }

    private static String goodFile(Setting s) {
        String p = s.programme();
        return HEADER
                + ",IMG20-001," + p + ",2020,pilot," + s.pilot() + ",,IMT,INTERNATIONAL,yes,4,yes,PEER_GROUP\n"
                + s.gmc() + ",," + p + ",2021,baseline," + s.baseline() + ",,IMT,International,Yes,5,yes,"
                + "peer_induction|PORTFOLIO_WEBINAR\n"
                + ",IMG21-001," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,no,3,no,\n"
                + "\n"
                + ",IMG21-002," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,,,,\n"
                + s.gmc() + ",," + p + ",2021,follow-up," + s.followUp() + ",1,IMT,INTERNATIONAL,yes,2,no,\n"
                + ",IMG21-001," + p + ",2021,FOLLOW_UP," + s.followUp() + ",1,IMT,INTERNATIONAL,no,1,no,\n";
    }

    private List<Response> responsesOfRound(LocalDate heldOn) {
        return em.createQuery(
                        "SELECT r FROM Response r WHERE r.wave.imported = TRUE AND r.wave.opensOn = :day"
                                + " AND r.wave.instrument.code = :code",
                        Response.class)
                .setParameter("day", heldOn)
                .setParameter("code", BuiltInInstruments.IMG_INDUCTION_CODE)
                .getResultList();
    }

    private List<Response> responsesOf(Setting s) {
        return List.of(s.pilot(), s.baseline(), s.followUp()).stream()
                .flatMap(day -> responsesOfRound(day).stream())
                .toList();
    }

    @Test
    void goodFileMakesOneWavePerRoundAndTheSamePseudonymLinksTwoRounds() {
        Setting s = setting();
        ImportProgress progress = new ImportProgress();

        SurveyImportReport report = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, new StringReader(goodFile(s)), progress);

        assertThat(report.problems()).isEmpty();
        assertThat(report.wavesCreated()).isEqualTo(3);
        assertThat(report.responsesCreated()).isEqualTo(6);
        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(progress.percent()).isEqualTo(100);

        List<Response> baseline = responsesOfRound(s.baseline());
        assertThat(baseline).hasSize(3);
        Wave baselineWave = baseline.get(0).getWave();
        assertThat(baselineWave.isImported()).isTrue();
        assertThat(baselineWave.getKind()).isEqualTo(WaveKind.BASELINE);
        assertThat(baselineWave.isLinked()).isTrue();
        assertThat(baselineWave.isOpenOn(s.baseline())).isFalse();
        assertThat(baselineWave.getCohorts()).extracting(c -> c.getIntakeYear()).containsExactly(2021);

        List<Response> followUp = responsesOfRound(s.followUp());
        assertThat(followUp.get(0).getWave().getFollowUpRotation()).isEqualTo(1);
        // The same pseudonym in both rounds: the two responses are one respondent's, to be paired.
        assertThat(followUp)
                .extracting(r -> r.getRespondentId().orElse("trainee"))
                .containsExactlyInAnyOrder("IMG21-001", "trainee");
        assertThat(baseline)
                .extracting(r -> r.getRespondentId().orElse("trainee"))
                .containsExactlyInAnyOrder("IMG21-001", "IMG21-002", "trainee");

        // The identified respondent's answers join their record, in the instrument's own spelling.
        Response traineeBaseline = baseline.stream()
                .filter(r -> r.getParticipation().isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(traineeBaseline
                        .getParticipation()
                        .get()
                        .getTrainee()
                        .getGmcNumber()
                        .getDigits())
                .isEqualTo(s.gmc());
        assertThat(traineeBaseline.getParticipation().get().getStatus()).isEqualTo(ParticipationStatus.SUBMITTED);
        assertThat(traineeBaseline.answersByItem())
                .containsEntry("PMQ_REGION", List.of("INTERNATIONAL"))
                .containsEntry("FIRST_NHS_POST", List.of("yes"))
                .containsEntry("SUPPORT_WANTED", List.of("PEER_INDUCTION", "PORTFOLIO_WEBINAR"));
        assertThat(traineeBaseline.isSubmitted()).isTrue();

        // History is not acted on: "difficult to reach my supervisor = yes" raised no concern this time.
        assertThat(concerns.listForTrainee(s.gmc())).isEmpty();
        assertThat(audit.entriesFor("Instrument", BuiltInInstruments.IMG_INDUCTION_CODE + " v1"))
                .extracting(e -> e.getAction())
                .contains(SurveyImport.ACTION_IMPORT);
    }

    @Test
    void eachResponseRecordsItsCohortAndAPseudonymIsOnePersonOnlyWithinItsProgramme() {
        Setting s = setting();
        String other = data.programme();
        data.enrolledTrainee(other, 2021);
        String p = s.programme();
        String csv = HEADER
                + ",17," + p + ",2020,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,yes,\n"
                + s.gmc() + ",," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,5,no,\n"
                + ",17," + other + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,no,2,no,\n";

        SurveyImportReport report = importCsv(csv);

        assertThat(report.problems()).isEmpty();
        assertThat(report.wavesCreated())
                .as("one round, three cohorts of two programmes")
                .isEqualTo(1);
        assertThat(responsesOfRound(s.baseline()))
                .extracting(
                        r -> r.getCohort().orElseThrow().getProgramme().getCode(),
                        r -> r.getCohort().orElseThrow().getIntakeYear(),
                        r -> r.getRespondentId().orElse("GMC"))
                .containsExactlyInAnyOrder(tuple(p, 2020, "17"), tuple(p, 2021, "GMC"), tuple(other, 2021, "17"));
        assertThat(importCsv(csv).responsesUnchanged())
                .as("found again by programme and pseudonym")
                .isEqualTo(3);
    }

    @Test
    void aMissingCohortOfAnExistingProgrammeIsCreatedOnlyWhenAsked() {
        Setting s = setting();
        String p = s.programme();
        String csv = HEADER
                + ",OLD-1," + p + ",2019,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,yes,\n"
                + ",OLD-2," + p + ",2019,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,no,2,no,\n";

        assertThat(importCsv(csv).problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .containsExactly(tuple(2, "programme"), tuple(3, "programme"));
        assertThat(responsesOfRound(s.baseline())).isEmpty();

        SurveyImportReport created = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, true, new StringReader(csv), new ImportProgress());
        assertThat(created.problems()).isEmpty();
        assertThat(created.cohortsCreated()).isEqualTo(1);
        assertThat(responsesOfRound(s.baseline()))
                .extracting(r -> r.getCohort().orElseThrow().getIntakeYear())
                .containsExactly(2019, 2019);

        SurveyImportReport again = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, true, new StringReader(csv), new ImportProgress());
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.cohortsCreated()).isZero();

        SurveyImportReport noProgramme = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE,
                1,
                true,
                new StringReader(csv.replace(p + ",2019", "NO-SUCH-PROGRAMME,2019")),
                new ImportProgress());
        assertThat(noProgramme.problems())
                .extracting(SurveyImportProblem::reason)
                .containsOnly("there is no programme NO-SUCH-PROGRAMME; add it on the programmes page first");
    }

    @Test
    void everyBadRowIsReportedWithItsColumnAndNothingIsStored() {
        Setting s = setting();
        String p = s.programme();
        String csv = HEADER
                // row 2: good, but must not be stored because of the others
                + ",IMG-OK," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,no,\n"
                // row 3: GMC number nobody has
                + "2999999,," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,no,\n"
                // row 4: unknown kind, and a Likert answer out of range
                + ",IMG-4," + p + ",2021,midterm," + s.baseline() + ",,IMT,INTERNATIONAL,yes,7,no,\n"
                // row 5: both respondent columns
                + s.gmc() + ",IMG-5," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,no,\n"
                // row 6: a pseudonym that is a GMC number, and a date in the future
                + ",1234567," + p + ",2021,baseline," + LocalDate.now().plusDays(3) + ",,IMT,UK,no,2,no,\n"
                // row 7: the good row's respondent again in the same round
                + ",IMG-OK," + p + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,no,\n"
                // row 8: a follow-up without its rotation, and an option the item does not have
                + ",IMG-8," + p + ",2021,follow_up," + s.followUp() + ",,MARS,INTERNATIONAL,yes,4,no,\n"
                // row 9: a cohort that does not exist
                + ",IMG-9," + p + ",2019,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,yes,4,no,\n";

        SurveyImportReport report = importCsv(csv);

        assertThat(report.isAccepted()).isFalse();
        assertThat(report.problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .containsExactlyInAnyOrder(
                        tuple(3, "gmc_number"),
                        tuple(4, "wave_kind"),
                        tuple(4, "ANXIETY_START"),
                        tuple(5, "respondent_id"),
                        tuple(6, "respondent_id"),
                        tuple(6, "wave_date"),
                        tuple(7, "respondent_id"),
                        tuple(8, "rotation"),
                        tuple(8, "SPECIALTY_GROUP"),
                        tuple(9, "programme"));
        assertThat(report.problems())
                .filteredOn(problem -> problem.row() == 7)
                .extracting(SurveyImportProblem::reason)
                .singleElement()
                .asString()
                .contains("row 2");
        assertThat(report.problems())
                .filteredOn(problem -> problem.row() == 8 && problem.column().equals("SPECIALTY_GROUP"))
                .extracting(SurveyImportProblem::reason)
                .singleElement()
                .asString()
                .doesNotContain("MARS");
        assertThat(responsesOf(s)).as("nothing stored from a refused file").isEmpty();
    }

    @Test
    void headerProblemsAreReportedOnRowOne() {
        SurveyImportReport report =
                importCsv("respondent_id,programme,intake_year,wave_date,MOOD\n,X,2021,2021-01-01,3\n");

        assertThat(report.problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .containsExactlyInAnyOrder(tuple(1, "header"), tuple(1, "MOOD"));
        assertThat(report.problems().get(0).reason()).contains("wave_kind");
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedAnswerIsRefused() {
        Setting s = setting();
        SurveyImportReport first = importCsv(goodFile(s));
        assertThat(first.responsesCreated()).isEqualTo(6);
        List<Long> stored =
                responsesOf(s).stream().map(Response::getId).sorted().toList();
        long participations = participationsOf(s.gmc());

        SurveyImportReport again = importCsv(goodFile(s));

        assertThat(again.problems()).isEmpty();
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.responsesUnchanged()).isEqualTo(6);
        assertThat(responsesOf(s).stream().map(Response::getId).sorted().toList())
                .isEqualTo(stored);
        assertThat(participationsOf(s.gmc())).isEqualTo(participations);

        String changed = goodFile(s)
                .replace(
                        ",IMG21-002," + s.programme() + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,,,,",
                        ",IMG21-002," + s.programme() + ",2021,baseline," + s.baseline() + ",,IMT,INTERNATIONAL,,5,,");
        SurveyImportReport corrected = importCsv(changed);

        assertThat(corrected.problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .containsExactly(tuple(6, "respondent_id"));
        assertThat(corrected.problems().get(0).reason()).contains("IMG21-002").contains("never changes");
        assertThat(responsesOfRound(s.baseline()))
                .filteredOn(r -> r.getRespondentId().equals(java.util.Optional.of("IMG21-002")))
                .singleElement()
                .satisfies(r -> assertThat(r.answersByItem()).doesNotContainKey("ANXIETY_START"));
    }

    @Test
    void onlyAdminsImport() {
        Caller trainee = Caller.person("trainee1@deanery.example", Set.of(Role.TRAINEE));

        assertThatThrownBy(() -> Actors.runAs(trainee, () -> importCsv(HEADER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long participationsOf(String gmc) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Participation p WHERE p.trainee.gmcNumber.digits = :gmc", Long.class)
                .setParameter("gmc", gmc)
                .getSingleResult();
    }
}
