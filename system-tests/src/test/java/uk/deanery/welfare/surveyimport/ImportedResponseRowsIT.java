package uk.deanery.welfare.surveyimport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.entity.ParticipationStatus;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * An imported response is stored by JDBC batches ({@code ImportedResponseRows}), not by JPA: every column it writes
 * must be what JPA writes for the same response, and the entity must read back and update as any other. Compared
 * here, on H2 and on PostgreSQL, with a twin persisted by JPA.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class ImportedResponseRowsIT {

    private static final String HEADER = "gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,"
            + "SPECIALTY_GROUP,PMQ_REGION,FIRST_NHS_POST,ANXIETY_START,SUPERVISOR_DIFFICULTY,SUPPORT_WANTED\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ImportedResponseRowsIT.class, Twins.class);
    }

    @Inject
    SurveyImport surveyImport;

    @Inject
    TestData data;

    @Inject
    Twins twins;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    /** Persists by JPA what the import stored by JDBC, for the same wave, cohort and answers. */
    @ApplicationScoped
    public static class Twins {

        @PersistenceContext(unitName = "welfare")
        EntityManager em;

        @Transactional
        public long twinOf(long responseId) {
            Response imported = em.find(Response.class, responseId);
            Response twin = Response.imported(
                    imported.getWave(),
                    imported.getCohort().orElseThrow(),
                    null,
                    "TWIN-" + imported.getRespondentId().orElseThrow(),
                    imported.answers(),
                    imported.getSubmittedAt().orElseThrow());
            em.persist(twin);
            return twin.getId();
        }
    }

    @Test
    void anImportedResponseHasTheColumnsJpaWouldWriteAndReadsAndUpdatesAsAnyOther() {
        String programme = data.programme();
        String gmc = data.enrolledTrainee(programme, 2021);
        // An annual round of the 2021 cohort on a day no other test imports one.
        LocalDate day =
                LocalDate.of(2024, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300));
        String csv = HEADER
                + ",ROWS-1," + programme + ",2021,annual," + day + ",,IMT,INTERNATIONAL,yes,4,yes,"
                + "PEER_INDUCTION|PORTFOLIO_WEBINAR\n"
                + gmc + ",," + programme + ",2021,annual," + day + ",,IMT,UK,no,2,no,\n";

        SurveyImportReport report = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, false, new StringReader(csv), new ImportProgress());
        assertThat(report.problems()).isEmpty();
        assertThat(report.responsesCreated()).isEqualTo(2);

        List<Response> stored = em.createQuery(
                        "SELECT r FROM Response r WHERE r.cohort.programme.code = :code ORDER BY r.respondentId",
                        Response.class)
                .setParameter("code", programme)
                .getResultList();
        assertThat(stored).hasSize(2);
        Response pseudonymous = stored.stream()
                .filter(r -> r.getRespondentId().isPresent())
                .findFirst()
                .orElseThrow();
        Response identified = stored.stream()
                .filter(r -> r.getParticipation().isPresent())
                .findFirst()
                .orElseThrow();

        long twin = twins.twinOf(pseudonymous.getId());

        assertThat(row(pseudonymous.getId())).as("the response's columns").isEqualTo(row(twin));
        assertThat(answers(pseudonymous.getId())).isEqualTo(answers(twin)).isNotEmpty();
        assertThat(indicators(pseudonymous.getId())).isEqualTo(indicators(twin)).isNotEmpty();
        assertThat(pseudonymous.answersByItem())
                .containsEntry("SUPPORT_WANTED", List.of("PEER_INDUCTION", "PORTFOLIO_WEBINAR"))
                .containsEntry("ANXIETY_START", List.of("4"));
        assertThat(pseudonymous.isImg()).contains(true);
        assertThat(pseudonymous.getSubmittedAt())
                .contains(day.atStartOfDay(ZoneOffset.UTC).toInstant());

        assertThat(identified.getParticipation().orElseThrow().getStatus()).isEqualTo(ParticipationStatus.SUBMITTED);
        assertThat(identified
                        .getParticipation()
                        .orElseThrow()
                        .getTrainee()
                        .getGmcNumber()
                        .getDigits())
                .isEqualTo(gmc);
        assertThat(identified.isFirstNhsPost())
                .as("an identified respondent's flags come from their record (first NHS post), not the answers (no)")
                .contains(true);

        assertThat(data.sql(
                        "UPDATE response SET version = version + 1 WHERE id = ?1 AND version = ?2",
                        pseudonymous.getId(),
                        pseudonymous.getVersion()))
                .as("the version JPA reads is the one stored")
                .isEqualTo(1);
    }

    private List<Object> row(long id) {
        Object[] columns = (Object[]) em.createNativeQuery("SELECT version, wave_id, participation_id, cohort_id, img,"
                        + " first_nhs_post, indicators_recorded, status, saved_at, submitted_at FROM response"
                        + " WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return Arrays.asList(columns);
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> answers(long id) {
        return ((List<Object[]>) em.createNativeQuery(
                                "SELECT sort_order, item_code, answer_value FROM response_answer WHERE response_id = ?1"
                                        + " ORDER BY sort_order")
                        .setParameter(1, id)
                        .getResultList())
                .stream().map(Arrays::asList).toList();
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> indicators(long id) {
        return ((List<Object[]>) em.createNativeQuery("SELECT item_code, category_code, met FROM response_indicator"
                                + " WHERE response_id = ?1 ORDER BY item_code, category_code")
                        .setParameter(1, id)
                        .getResultList())
                .stream().map(Arrays::asList).toList();
    }
}
