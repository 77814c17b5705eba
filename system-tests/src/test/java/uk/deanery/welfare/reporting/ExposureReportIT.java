package uk.deanery.welfare.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition;
import uk.deanery.welfare.interventions.boundary.ActivityDefinition.CohortRef;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.reporting.activities.ActivityAttendance;
import uk.deanery.welfare.reporting.activities.ActivityReports;
import uk.deanery.welfare.reporting.activities.TimelineEvent;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.Figures;
import uk.deanery.welfare.reporting.prevalence.GroupComparison;
import uk.deanery.welfare.reporting.prevalence.PairedChange;
import uk.deanery.welfare.reporting.prevalence.PrevalenceCell;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * Reports by exposure on a fixture whose attendance is known, in the container on the build's database (CI runs it on
 * H2 and on PostgreSQL). Twelve trainees of one cohort answer a baseline (4 August 2025, all with low e-portfolio
 * confidence) and a follow-up (8 December 2025); six attended a portfolio webinar in October, two of them a Q&amp;A in
 * November too. Activities that do not count: an induction before the baseline (the other six), a webinar the
 * seventh missed (absent), a session after the follow-up opened. A pseudonymous respondent answers the follow-up
 * only. At follow-up the webinar's six have the challenge 1 in 6, the others 5 in 6.
 *
 * <p>Reference values computed once with scipy 1.17.1: {@code scipy.stats.fisher_exact([[1, 5], [5, 1]])} gives p =
 * 0.08008658008658008; {@code scipy.stats.binomtest(0, 5, 0.5).pvalue} gives 0.0625 (the exact McNemar test with b =
 * 5, c = 0).
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class ExposureReportIT {

    private static final String E_PORTFOLIO = "E_PORTFOLIO";
    private static final LocalDate BASELINE = LocalDate.of(2025, 8, 4);
    private static final LocalDate FOLLOW_UP = LocalDate.of(2025, 12, 8);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(ExposureReportIT.class);
    }

    @Inject
    PrevalenceReports reports;

    @Inject
    SurveyImport surveyImport;

    @Inject
    SupportActivities activities;

    @Inject
    TestData data;

    /** The fixture; returns the programme code. */
    private String fixture() {
        String programme = data.programme();
        List<String> trainees = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            trainees.add(data.enrolledTrainee(programme, 2025));
        }
        StringBuilder csv = new StringBuilder(
                "gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,EPORTFOLIO_CONFIDENCE\n");
        for (String gmc : trainees) {
            csv.append(gmc)
                    .append(",,")
                    .append(programme)
                    .append(",2025,baseline,")
                    .append(BASELINE)
                    .append(",,2\n");
        }
        for (int i = 0; i < 12; i++) {
            // Low confidence (the challenge) for the sixth of the webinar's attendees and five of the other six.
            boolean challenge = i == 5 || (i >= 6 && i < 11);
            csv.append(trainees.get(i))
                    .append(",,")
                    .append(programme)
                    .append(",2025,follow_up,")
                    .append(FOLLOW_UP)
                    .append(",1,")
                    .append(challenge ? 2 : 4)
                    .append('\n');
        }
        csv.append(",pseudonymous-1,")
                .append(programme)
                .append(",2025,follow_up,")
                .append(FOLLOW_UP)
                .append(",1,2\n");
        SurveyImportReport imported = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE,
                1,
                false,
                new StringReader(csv.toString()),
                new ImportProgress());
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.responsesCreated()).isEqualTo(25);

        SupportActivity webinar = activity(programme, ActivityKind.WEBINAR, LocalDate.of(2025, 10, 15));
        trainees.subList(0, 6).forEach(gmc -> activities.recordAttendance(webinar.getReference(), gmc, true));
        activities.recordAttendance(webinar.getReference(), trainees.get(6), false);
        SupportActivity qa = activity(programme, ActivityKind.QA_SESSION, LocalDate.of(2025, 11, 12));
        trainees.subList(0, 2).forEach(gmc -> activities.recordAttendance(qa.getReference(), gmc, true));
        SupportActivity induction = activity(programme, ActivityKind.INDUCTION_SESSION, LocalDate.of(2025, 7, 1));
        trainees.subList(6, 12).forEach(gmc -> activities.recordAttendance(induction.getReference(), gmc, true));
        SupportActivity late = activity(programme, ActivityKind.WELLBEING_SESSION, LocalDate.of(2025, 12, 9));
        activities.recordAttendance(late.getReference(), trainees.get(7), true);
        return programme;
    }

    private SupportActivity activity(String programme, ActivityKind kind, LocalDate day) {
        Instant starts = day.atTime(17, 0).atZone(DeaneryClock.ZONE).toInstant();
        return activities.create(new ActivityDefinition(
                kind,
                kind.label() + " for the 2025 intake",
                null,
                starts,
                starts.plus(1, ChronoUnit.HOURS),
                null,
                null,
                null,
                List.of(new CohortRef(programme, 2025)),
                List.of()));
    }

    private static ReportFilter filter(String programme, Dimension split, ActivityKind kind) {
        return new ReportFilter(
                BuiltInInstruments.IMG_INDUCTION_CODE,
                null,
                null,
                List.of(programme),
                null,
                null,
                null,
                null,
                List.of(Dimension.WAVE, split),
                null,
                null,
                kind);
    }

    /** The e-portfolio cells of the follow-up wave, by exposure code. */
    private static Map<String, Figures> followUp(PrevalenceReport report) {
        String followUp = report.waves().stream()
                .filter(w -> w.kind().equals("FOLLOW_UP"))
                .findFirst()
                .orElseThrow()
                .ref();
        return report.cells().stream()
                .filter(c -> followUp.equals(c.group().wave())
                        && c.indicator().category().equals(E_PORTFOLIO))
                .collect(Collectors.toMap(c -> c.group().exposure(), PrevalenceCell::figures));
    }

    private static void assertShown(Figures figures, long numerator, long denominator) {
        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.numerator()).isEqualTo(numerator);
        assertThat(figures.denominator()).isEqualTo(denominator);
    }

    @Test
    void attendedOrNotCountsOnlySupportBetweenTheBaselineAndTheFollowUpAndComparesTheTwo() {
        String programme = fixture();

        PrevalenceReport report = reports.run(filter(programme, Dimension.EXPOSURE, null));

        Map<String, Figures> followUp = followUp(report);
        assertThat(followUp).containsOnlyKeys("attended", "notAttended", "notKnown");
        assertShown(followUp.get("attended"), 1, 6);
        assertShown(followUp.get("notAttended"), 5, 6);
        assertThat(followUp.get("notKnown").suppressed())
                .as("one pseudonymous respondent")
                .isTrue();
        assertThat(followUp.get("notKnown").numerator()).isNull();

        assertThat(report.cells().stream()
                        .filter(c -> c.indicator().category().equals(E_PORTFOLIO)
                                && !c.group().wave().equals(followUpRef(report))))
                .as("at baseline nobody has had support since the baseline")
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.group().exposure()).isEqualTo("notAttended");
                    assertShown(c.figures(), 12, 12);
                });

        GroupComparison compared = report.exposureComparisons().stream()
                .filter(c -> c.indicator().category().equals(E_PORTFOLIO)
                        && followUpRef(report).equals(c.group().wave()))
                .findFirst()
                .orElseThrow();
        assertThat(compared.suppressed()).isFalse();
        assertThat(compared.pValue()).isCloseTo(0.08008658008658008, within(1e-12));

        Map<String, PairedChange> pairs = report.paired().stream()
                .filter(p -> p.indicator().category().equals(E_PORTFOLIO))
                .collect(Collectors.toMap(PairedChange::exposure, p -> p));
        assertThat(pairs).containsOnlyKeys("attended", "notAttended");
        assertThat(pairs.get("attended").pairs()).isEqualTo(6);
        assertThat(pairs.get("attended").b()).isEqualTo(5);
        assertThat(pairs.get("attended").c()).isZero();
        assertThat(pairs.get("attended").pValue()).isCloseTo(0.0625, within(1e-12));
        assertThat(pairs.get("notAttended").pairs()).isEqualTo(6);
        assertThat(pairs.get("notAttended").b()).isEqualTo(1);
        assertThat(pairs.get("notAttended").pValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aKindNarrowsWhatCountsAndSmallGroupsAreSuppressedAsEverywhere() {
        String programme = fixture();

        Map<String, Figures> qa = followUp(reports.run(filter(programme, Dimension.EXPOSURE, ActivityKind.QA_SESSION)));
        assertThat(qa.get("attended").suppressed()).as("two attended the Q&A").isTrue();
        assertThat(qa.get("attended").denominator()).isNull();
        assertShown(qa.get("notAttended"), 6, 10);

        Map<String, Figures> induction =
                followUp(reports.run(filter(programme, Dimension.EXPOSURE, ActivityKind.INDUCTION_SESSION)));
        assertThat(induction).as("the induction was before the baseline").doesNotContainKey("attended");
        assertShown(induction.get("notAttended"), 6, 12);

        PrevalenceReport byQa = reports.run(filter(programme, Dimension.EXPOSURE, ActivityKind.QA_SESSION));
        assertThat(byQa.exposureComparisons())
                .filteredOn(c -> c.indicator().category().equals(E_PORTFOLIO)
                        && followUpRef(byQa).equals(c.group().wave()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.suppressed()).as("one side is suppressed").isTrue();
                    assertThat(c.pValue()).isNull();
                });
    }

    @Test
    void doseCountsHowManyActivitiesEachRespondentAttended() {
        String programme = fixture();

        Map<String, Figures> dose = followUp(reports.run(filter(programme, Dimension.DOSE, null)));

        assertThat(dose).containsOnlyKeys("0", "1", "2", "notKnown");
        assertShown(dose.get("0"), 5, 6);
        assertThat(dose.get("1").suppressed()).as("four attended one").isTrue();
        assertThat(dose.get("2").suppressed()).as("two attended two").isTrue();
    }

    @Test
    void exposureAndDoseTogetherOrAKindWithoutEitherAreRefusedWithAReason() {
        assertThatThrownBy(() -> new ReportFilter(
                        BuiltInInstruments.IMG_INDUCTION_CODE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(Dimension.EXPOSURE, Dimension.DOSE),
                        null,
                        null,
                        null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> new ReportFilter(
                        BuiltInInstruments.IMG_INDUCTION_CODE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(Dimension.WAVE),
                        null,
                        null,
                        ActivityKind.WEBINAR))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("exposure or dose");
    }

    @Inject
    ActivityReports activityReports;

    @Test
    void eachActivitysReachIsCountedPerCohortAndTheTimeLinePutsWavesAndSupportInOrder() {
        String programme = fixture();

        List<ActivityAttendance> rows = activityReports.attendance(List.of(programme));

        assertThat(rows)
                .extracting(
                        ActivityAttendance::kind,
                        ActivityAttendance::invited,
                        ActivityAttendance::signedUp,
                        ActivityAttendance::attended)
                .as("the latest first; ticked attendance without a place is not a sign-up")
                .containsExactly(
                        tuple("Wellbeing or PSW session", 12L, 0L, 1L),
                        tuple("Q&A session", 12L, 0L, 2L),
                        tuple("Webinar", 12L, 0L, 6L),
                        tuple("Induction session", 12L, 0L, 6L));
        assertThat(rows.get(2).rate()).isCloseTo(0.5, within(1e-12));
        assertThat(rows).extracting(ActivityAttendance::cohort).containsOnly(programme + " 2025");

        assertThat(activityReports.timeline(programme, 2025))
                .extracting(TimelineEvent::day, TimelineEvent::type)
                .containsExactly(
                        tuple(LocalDate.of(2025, 7, 1), TimelineEvent.Type.ACTIVITY),
                        tuple(BASELINE, TimelineEvent.Type.WAVE),
                        tuple(LocalDate.of(2025, 10, 15), TimelineEvent.Type.ACTIVITY),
                        tuple(LocalDate.of(2025, 11, 12), TimelineEvent.Type.ACTIVITY),
                        tuple(FOLLOW_UP, TimelineEvent.Type.WAVE),
                        tuple(LocalDate.of(2025, 12, 9), TimelineEvent.Type.ACTIVITY));
    }

    private static String followUpRef(PrevalenceReport report) {
        return report.waves().stream()
                .filter(w -> w.kind().equals("FOLLOW_UP"))
                .findFirst()
                .orElseThrow()
                .ref();
    }
}
