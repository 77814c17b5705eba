package uk.deanery.welfare.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.reporting.prevalence.Benchmark;
import uk.deanery.welfare.reporting.prevalence.BenchmarkTotal;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.Figures;
import uk.deanery.welfare.reporting.prevalence.GroupComparison;
import uk.deanery.welfare.reporting.prevalence.PairedChange;
import uk.deanery.welfare.reporting.prevalence.PrevalenceCell;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.reporting.prevalence.WaveComparison;
import uk.deanery.welfare.reporting.prevalence.WaveSummary;
import uk.deanery.welfare.reporting.statistics.OutlierFlag;
import uk.deanery.welfare.surveyimport.boundary.SurveyImport;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportReport;
import uk.deanery.welfare.surveys.boundary.BuiltInInstruments;
import uk.deanery.welfare.surveys.boundary.ReportReadModel;
import uk.deanery.welfare.systemtest.ActingAsSystem;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;

/**
 * The prevalence report over imported rounds, in the container on the build's database (H2 or PostgreSQL: CI runs
 * this class on both, so the exact figures below are the same on each). Reference values come from
 * {@code docs/study-fixture.md}, computed once with scipy 1.17.1 ({@code scipy.stats.binomtest},
 * {@code scipy.stats.fisher_exact}) and the Wilson score formula with z = 1.959963984540054.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ActingAsSystem.class)
class PrevalenceReportIT {

    private static final double TOLERANCE = 1e-9;
    /** The five challenges the study reported; each is one item of the instrument. */
    private static final Set<String> STUDY_CATEGORIES =
            Set.of("ANXIETY_STARTING", "COMMUNICATION_SKILLS", "E_PORTFOLIO", "SUPERVISOR_ACCESS", "LIFE_IN_UK");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(PrevalenceReportIT.class, Transactions.class);
    }

    @Inject
    PrevalenceReports reports;

    @Inject
    SurveyImport surveyImport;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuditLog audit;

    @Inject
    TestData data;

    @Inject
    ReportReadModel readModel;

    @Inject
    Transactions transactions;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    /** The study's three rounds, imported for a programme of their own; returns the programme code. */
    private String studyProgramme() {
        String programme = data.programme();
        String csv = resource("/demo/study-rounds.csv").replace(",YH-IMT,", "," + programme + ",");
        SurveyImportReport imported = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, true, new StringReader(csv), new ImportProgress());
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.responsesCreated()).isEqualTo(52);
        return programme;
    }

    private static String resource(String name) {
        try (InputStream in = PrevalenceReportIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReportFilter filter(
            String programme, List<Dimension> groupBy, Benchmark benchmark, List<String> compare) {
        return new ReportFilter(
                BuiltInInstruments.IMG_INDUCTION_CODE,
                null,
                null,
                List.of(programme),
                null,
                null,
                null,
                null,
                groupBy,
                benchmark,
                compare);
    }

    private static String wave(PrevalenceReport report, String kind) {
        return report.waves().stream()
                .filter(w -> w.kind().equals(kind))
                .map(WaveSummary::ref)
                .findFirst()
                .orElseThrow();
    }

    private static Figures cell(PrevalenceReport report, String wave, String category) {
        return report.cells().stream()
                .filter(c -> wave.equals(c.group().wave())
                        && c.indicator().category().equals(category))
                .map(PrevalenceCell::figures)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell for " + category + " in " + wave));
    }

    private static void assertFigures(Figures figures, long numerator, long denominator, double low, double high) {
        assertThat(figures.suppressed()).isFalse();
        assertThat(figures.numerator()).isEqualTo(numerator);
        assertThat(figures.denominator()).isEqualTo(denominator);
        assertThat(figures.percent()).isCloseTo(100.0 * numerator / denominator, within(TOLERANCE));
        assertThat(figures.ciLow()).isCloseTo(low, within(TOLERANCE));
        assertThat(figures.ciHigh()).isCloseTo(high, within(TOLERANCE));
    }

    @Test
    void theStudyRoundsGiveThePublishedPercentagesWithTheirIntervals() {
        String programme = studyProgramme();
        PrevalenceReport report = reports.run(filter(programme, List.of(Dimension.WAVE), null, null));

        assertThat(report.waves()).extracting(WaveSummary::kind).containsExactly("PILOT", "BASELINE", "FOLLOW_UP");
        String pilot = wave(report, "PILOT");
        String baseline = wave(report, "BASELINE");
        String followUp = wave(report, "FOLLOW_UP");

        // Published: 26.7% / 58.3%; 13% / 8%; 20% / half; 27% / 24%; 6% / 25%; after: none, a third (supervisor).
        assertFigures(cell(report, pilot, "ANXIETY_STARTING"), 4, 15, 0.108974533256924, 0.519504340559806);
        assertFigures(cell(report, baseline, "ANXIETY_STARTING"), 14, 24, 0.388346658652288, 0.755323973901882);
        assertFigures(cell(report, followUp, "ANXIETY_STARTING"), 3, 12, 0.0889416683940548, 0.532305334933566);
        assertFigures(cell(report, pilot, "COMMUNICATION_SKILLS"), 2, 15, 0.0373612591030654, 0.378819828323224);
        assertFigures(cell(report, baseline, "COMMUNICATION_SKILLS"), 2, 24, 0.0231588152970433, 0.258488021932107);
        assertFigures(cell(report, followUp, "COMMUNICATION_SKILLS"), 0, 12, 0, 0.242494006655241);
        assertFigures(cell(report, pilot, "E_PORTFOLIO"), 3, 15, 0.0704754934698156, 0.451854487151694);
        assertFigures(cell(report, baseline, "E_PORTFOLIO"), 12, 24, 0.314274258195734, 0.685725741804266);
        assertFigures(cell(report, followUp, "E_PORTFOLIO"), 0, 12, 0, 0.242494006655241);
        assertFigures(cell(report, pilot, "SUPERVISOR_ACCESS"), 4, 15, 0.108974533256924, 0.519504340559806);
        assertFigures(cell(report, baseline, "SUPERVISOR_ACCESS"), 5, 21, 0.106280130226365, 0.450911736829508);
        assertFigures(cell(report, followUp, "SUPERVISOR_ACCESS"), 4, 12, 0.138120091091213, 0.6093779111272);
        assertFigures(cell(report, pilot, "LIFE_IN_UK"), 1, 16, 0.0111193447646425, 0.283287375702989);
        assertFigures(cell(report, baseline, "LIFE_IN_UK"), 6, 24, 0.11999366228595, 0.44899444005154);
        assertFigures(cell(report, followUp, "LIFE_IN_UK"), 0, 12, 0, 0.242494006655241);
        assertThat(Math.round(cell(report, pilot, "ANXIETY_STARTING").percent() * 10) / 10.0)
                .isEqualTo(26.7);
        assertThat(Math.round(cell(report, baseline, "SUPERVISOR_ACCESS").percent()))
                .isEqualTo(24);
        assertThat(report.cells())
                .allSatisfy(
                        c -> assertThat(c.flag()).as("no benchmark, no flag").isNull());
    }

    @Test
    void theLinkedBaselineAndFollowUpArePairedWithMcNemarAndTheCohortsComparedWithFisher() {
        String programme = studyProgramme();
        PrevalenceReport first = reports.run(filter(programme, List.of(Dimension.WAVE), null, null));
        String pilot = wave(first, "PILOT");
        String baseline = wave(first, "BASELINE");

        PrevalenceReport report =
                reports.run(filter(programme, List.of(Dimension.WAVE), null, List.of(pilot, baseline)));

        Map<String, PairedChange> paired = report.paired().stream()
                .filter(p -> STUDY_CATEGORIES.contains(p.indicator().category()))
                .collect(Collectors.toMap(p -> p.indicator().category(), p -> p));
        // category -> pairs, b, c, p (scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue; b + c = 0 gives 1)
        assertPaired(paired.get("ANXIETY_STARTING"), 12, 4, 0, 0.125);
        assertPaired(paired.get("COMMUNICATION_SKILLS"), 12, 1, 0, 1.0);
        assertPaired(paired.get("E_PORTFOLIO"), 12, 6, 0, 0.03125);
        assertPaired(paired.get("SUPERVISOR_ACCESS"), 12, 0, 0, 1.0);
        assertPaired(paired.get("LIFE_IN_UK"), 12, 3, 0, 0.25);
        assertThat(report.paired()).allSatisfy(p -> assertThat(p.baselineWave()).isEqualTo(baseline));

        Map<String, Double> fisher = report.comparisons().stream()
                .filter(c -> STUDY_CATEGORIES.contains(c.indicator().category()))
                .collect(Collectors.toMap(c -> c.indicator().category(), WaveComparison::pValue));
        // scipy.stats.fisher_exact([[met_2020, not_2020], [met_2021, not_2021]]).pvalue, two-sided
        assertThat(fisher.get("ANXIETY_STARTING")).isCloseTo(0.0978444517932838, within(TOLERANCE));
        assertThat(fisher.get("COMMUNICATION_SKILLS")).isCloseTo(0.63088594667542, within(TOLERANCE));
        assertThat(fisher.get("E_PORTFOLIO")).isCloseTo(0.0930740430936727, within(TOLERANCE));
        assertThat(fisher.get("SUPERVISOR_ACCESS")).isCloseTo(1.0, within(TOLERANCE));
        assertThat(fisher.get("LIFE_IN_UK")).isCloseTo(0.209661674057959, within(TOLERANCE));
    }

    private static void assertPaired(PairedChange change, long pairs, long b, long c, double p) {
        assertThat(change).isNotNull();
        assertThat(change.suppressed()).isFalse();
        assertThat(change.pairs()).isEqualTo(pairs);
        assertThat(change.b()).isEqualTo(b);
        assertThat(change.c()).isEqualTo(c);
        assertThat(change.pValue()).isCloseTo(p, within(TOLERANCE));
    }

    /** A round of one programme: {@code sizes[i]} respondents in intake year 2017 + i, the first {@code met[i]} anxious. */
    private String roundOfCohorts(int[] sizes, int[] met, String date) {
        String programme = data.programme();
        StringBuilder csv = new StringBuilder(
                "gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation,ANXIETY_START\n");
        for (int cohort = 0; cohort < sizes.length; cohort++) {
            for (int i = 0; i < sizes[cohort]; i++) {
                csv.append(",R")
                        .append(cohort)
                        .append('-')
                        .append(i)
                        .append(',')
                        .append(programme)
                        .append(',')
                        .append(2017 + cohort)
                        .append(",annual,")
                        .append(date)
                        .append(",,")
                        .append(i < met[cohort] ? "5" : "2")
                        .append('\n');
            }
        }
        SurveyImportReport imported = surveyImport.importFile(
                BuiltInInstruments.IMG_INDUCTION_CODE, 1, true, new StringReader(csv.toString()), new ImportProgress());
        assertThat(imported.problems()).isEmpty();
        return programme;
    }

    @Test
    void aSmallCohortShowsNothingAndCannotBeWorkedOutFromTheBenchmarkTotal() {
        // Cohorts of 3, 12 and 20: the 3 is below k = 5 and is the only hidden part of its programme's total.
        String programme = roundOfCohorts(new int[] {3, 12, 20}, new int[] {2, 6, 5}, "2019-03-02");
        PrevalenceReport report = reports.run(
                filter(programme, List.of(Dimension.WAVE, Dimension.COHORT), Benchmark.PROGRAMME_COHORTS, null));

        List<PrevalenceCell> anxiety = report.cells().stream()
                .filter(c -> c.indicator().category().equals("ANXIETY_STARTING"))
                .toList();
        assertThat(anxiety).hasSize(3);
        PrevalenceCell small = anxiety.stream()
                .filter(c -> c.group().intakeYear() == 2017)
                .findFirst()
                .orElseThrow();
        assertThat(small.figures()).isEqualTo(Figures.SUPPRESSED);
        assertThat(small.flag()).isEqualTo(OutlierFlag.NOT_SHOWN);
        assertThat(anxiety)
                .filteredOn(c -> c.group().intakeYear() != 2017)
                .allSatisfy(c -> assertThat(c.flag()).isNotNull().isNotEqualTo(OutlierFlag.NOT_SHOWN));

        assertNothingSuppressedCanBeDerived(report);
        BenchmarkTotal total = report.benchmarks().stream()
                .filter(b -> b.indicator().category().equals("ANXIETY_STARTING"))
                .findFirst()
                .orElseThrow();
        assertThat(total.figures().suppressed())
                .as("the total minus the two shown cohorts would give the small one")
                .isTrue();
    }

    @Test
    void twoSmallCohortsTogetherLargeEnoughLeaveTheTotalShown() {
        String programme = roundOfCohorts(new int[] {3, 4, 20}, new int[] {1, 2, 5}, "2019-03-03");
        PrevalenceReport report = reports.run(
                filter(programme, List.of(Dimension.WAVE, Dimension.COHORT), Benchmark.PROGRAMME_COHORTS, null));

        BenchmarkTotal total = report.benchmarks().stream()
                .filter(b -> b.indicator().category().equals("ANXIETY_STARTING"))
                .findFirst()
                .orElseThrow();
        assertThat(total.figures().suppressed()).isFalse();
        assertThat(total.figures().numerator()).isEqualTo(8);
        assertThat(total.figures().denominator()).isEqualTo(27);
        assertThat(total.groups()).isEqualTo(3);
        assertNothingSuppressedCanBeDerived(report);
    }

    /**
     * Plays the attacker on one report: every shown total, minus its shown parts, must not leave exactly one hidden
     * part, nor hidden parts that together are fewer than k.
     */
    static void assertNothingSuppressedCanBeDerived(PrevalenceReport report) {
        for (BenchmarkTotal total : report.benchmarks()) {
            if (total.figures().suppressed()) {
                continue;
            }
            List<PrevalenceCell> parts = report.cells().stream()
                    .filter(c -> c.indicator().equals(total.indicator())
                            && (total.wave() == null
                                    || total.wave().equals(c.group().wave()))
                            && total.scope().equals(c.group().programme()))
                    .toList();
            long shownDenominators = parts.stream()
                    .filter(c -> !c.figures().suppressed())
                    .mapToLong(c -> c.figures().denominator())
                    .sum();
            long hiddenParts = total.groups()
                    - parts.stream().filter(c -> !c.figures().suppressed()).count();
            long remainder = total.figures().denominator() - shownDenominators;
            assertThat(hiddenParts == 1 || (hiddenParts > 1 && remainder < report.minCell()))
                    .as("total %s minus its shown parts leaves %d in %d hidden parts", total, remainder, hiddenParts)
                    .isFalse();
        }
    }

    @Test
    void aTpdSeesOnlyTheirProgrammesAndSupervisorsAndTraineesNoReport() {
        String own = studyProgramme();
        String other = data.programme();
        String email = "tpd.report." + TestData.uniqueCode("") + "@test.example";
        programmes.createDirector("Tess", "Director", email, own);
        Caller tpd = Caller.person(email, Set.of(Role.TPD));

        PrevalenceReport mine = Actors.runAs(
                tpd,
                () -> reports.run(new ReportFilter(
                        BuiltInInstruments.IMG_INDUCTION_CODE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(Dimension.PROGRAMME),
                        null,
                        null)));
        assertThat(mine.filter().programmes()).containsExactly(own);
        assertThat(mine.cells())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.group().programme()).isEqualTo(own));

        assertThatThrownBy(
                        () -> Actors.runAs(tpd, () -> reports.run(filter(other, List.of(Dimension.WAVE), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.SUPERVISOR, Role.TRAINEE)) {
            assertThatThrownBy(() -> Actors.runAs(
                            Caller.person("someone@test.example", Set.of(role)),
                            () -> reports.run(filter(own, List.of(Dimension.WAVE), null, null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        PrevalenceReport analysts = Actors.runAs(
                Caller.person("analyst.report@test.example", Set.of(Role.ANALYST)),
                () -> reports.run(filter(own, List.of(Dimension.WAVE), null, null)));
        assertThat(analysts.cells())
                .hasSameSizeAs(reports.run(filter(own, List.of(Dimension.WAVE), null, null))
                        .cells());

        List<AuditEntry> runs = audit.entriesFor(PrevalenceReports.SUBJECT_REPORT, PrevalenceReports.PREVALENCE);
        assertThat(runs).anySatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo(email);
            assertThat(entry.getChange())
                    .hasValueSatisfying(change ->
                            assertThat(change).contains("programmes=" + own).contains("groupBy=programme"));
        });
        assertThat(runs).anySatisfy(entry -> assertThat(entry.getActor()).isEqualTo("analyst.report@test.example"));
    }

    @Test
    void responsesStoredBeforeTheReadModelAreFilledAndCountedTheSame() {
        String programme = studyProgramme();
        ReportFilter byWave = filter(programme, List.of(Dimension.WAVE), null, null);
        PrevalenceReport before = reports.run(byWave);

        // As a database migrated from before V14 holds them: submitted, no indicators, not yet recorded.
        int forgotten = transactions.call(() -> {
            em.createNativeQuery("DELETE FROM response_indicator WHERE response_id IN (SELECT r.id FROM response r"
                            + " JOIN cohort c ON c.id = r.cohort_id JOIN programme p ON p.id = c.programme_id"
                            + " WHERE p.code = ?1)")
                    .setParameter(1, programme)
                    .executeUpdate();
            return em.createNativeQuery(
                            "UPDATE response SET indicators_recorded = FALSE, img = NULL WHERE cohort_id IN"
                                    + " (SELECT c.id FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE p.code = ?1)")
                    .setParameter(1, programme)
                    .executeUpdate();
        });
        assertThat(forgotten).isEqualTo(52);
        em.getEntityManagerFactory().getCache().evictAll();
        assertThat(reports.run(byWave).cells())
                .as("nothing to count until filled")
                .isEmpty();

        int filled = 0;
        for (int batch; (batch = readModel.fillNextBatch()) > 0; ) {
            filled += batch;
        }

        assertThat(filled).isGreaterThanOrEqualTo(52);
        assertThat(reports.run(byWave).cells()).isEqualTo(before.cells());
    }

    @Test
    void imgAndUkGraduatesAreComparedWithFisherWithinEachWave() {
        String programme = data.programme();
        StringBuilder csv = new StringBuilder("gmc_number,respondent_id,programme,intake_year,wave_kind,wave_date,"
                + "rotation,PMQ_REGION,ANXIETY_START\n");
        for (int i = 0; i < 10; i++) {
            csv.append(",I")
                    .append(i)
                    .append(',')
                    .append(programme)
                    .append(",2016,annual,2016-09-01,,INTERNATIONAL,")
                    .append(i < 7 ? "5" : "1")
                    .append('\n');
            csv.append(",U")
                    .append(i)
                    .append(',')
                    .append(programme)
                    .append(",2016,annual,2016-09-01,,UK,")
                    .append(i < 2 ? "4" : "2")
                    .append('\n');
        }
        assertThat(surveyImport
                        .importFile(
                                BuiltInInstruments.IMG_INDUCTION_CODE,
                                1,
                                true,
                                new StringReader(csv.toString()),
                                new ImportProgress())
                        .problems())
                .isEmpty();

        PrevalenceReport report = reports.run(filter(programme, List.of(Dimension.WAVE, Dimension.IMG), null, null));

        assertThat(report.cells())
                .filteredOn(c -> c.indicator().category().equals("ANXIETY_STARTING"))
                .extracting(c -> c.group().img(), c -> c.figures().numerator(), c -> c.figures()
                        .denominator())
                .containsExactlyInAnyOrder(tuple(true, 7L, 10L), tuple(false, 2L, 10L));
        GroupComparison anxiety = report.imgComparisons().stream()
                .filter(c -> c.indicator().category().equals("ANXIETY_STARTING"))
                .findFirst()
                .orElseThrow();
        // scipy.stats.fisher_exact([[7, 3], [2, 8]]).pvalue (scipy 1.17.1)
        assertThat(anxiety.pValue()).isCloseTo(0.06977851869492736, within(TOLERANCE));
        assertThat(anxiety.group().img()).isNull();
        assertThat(anxiety.group().wave()).isNotNull();
    }

    @Test
    void aBenchmarkNeedsItsGroupsInTheGroupingAndComparedWavesMustBeInTheReport() {
        assertThatThrownBy(() -> filter("P1", List.of(Dimension.WAVE), Benchmark.SPECIALTY, null))
                .hasMessageContaining("group the report by programme");
        assertThatThrownBy(() -> filter("P1", List.of(Dimension.PROGRAMME, Dimension.COHORT), Benchmark.DEANERY, null))
                .hasMessageContaining("flags whole programmes");
        assertThatThrownBy(() -> filter("P1", List.of(Dimension.WAVE), null, List.of("only-one")))
                .hasMessageContaining("exactly two");
        String programme = studyProgramme();
        assertThatThrownBy(() -> reports.run(filter(programme, List.of(Dimension.WAVE), null, List.of("a", "b"))))
                .hasMessageContaining("is not in this report");
    }
}
