package uk.deanery.welfare.reporting.prevalence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.reporting.export.CsvExport;
import uk.deanery.welfare.reporting.export.ExportFormat;
import uk.deanery.welfare.reporting.export.ExportTable;
import uk.deanery.welfare.reporting.statistics.OutlierFlag;

/** The report's tables, built from a report made by hand: what each row says, and what a hidden cell never says. */
class ReportTablesTest {

    private static final int K = 5;
    private static final Instant WINTER = Instant.parse("2026-12-01T10:15:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");
    // Titles without digits, so a test can say "no digit in this row" and mean it.
    private static final WaveSummary PILOT =
            new WaveSummary("w-pilot", "Pilot round", "PILOT", "Pilot", null, LocalDate.of(2020, 12, 7), null);
    private static final WaveSummary BASELINE = new WaveSummary(
            "w-base", "Baseline round", "BASELINE", "Baseline, before starting", null, LocalDate.of(2021, 7, 19), null);
    private static final WaveSummary FOLLOW_UP = new WaveSummary(
            "w-follow",
            "Follow-up round",
            "FOLLOW_UP",
            "Follow-up, after a rotation",
            1,
            LocalDate.of(2021, 12, 6),
            null);
    private static final Indicator ANXIETY = new Indicator("ANXIETY_START", "ANXIETY_STARTING");
    private static final Indicator SUPERVISOR = new Indicator("SUPERVISOR_DIFFICULTY", "SUPERVISOR_ACCESS");
    private static final Map<String, String> CATEGORIES = Map.of(
            "ANXIETY_STARTING", "Anxiety about starting",
            "SUPERVISOR_ACCESS", "Difficulty reaching or approaching the educational supervisor");

    private static ReportFilter filter(List<Dimension> groupBy, Benchmark benchmark, List<String> compare) {
        return new ReportFilter(
                "img-induction", null, null, List.of("YH-IMT"), null, null, null, null, groupBy, benchmark, compare);
    }

    private static Group wave(String ref) {
        return new Group(ref, null, null, null, null, null, null, null);
    }

    private static Group waveAndProgramme(String ref, String programme) {
        return new Group(ref, programme, null, null, null, null, null, null);
    }

    private static PrevalenceReport report(
            ReportFilter filter,
            Instant generatedAt,
            List<PrevalenceCell> cells,
            List<BenchmarkTotal> benchmarks,
            List<PairedChange> paired,
            List<WaveComparison> comparisons) {
        return new PrevalenceReport(
                filter,
                K,
                generatedAt,
                List.of(PILOT, BASELINE, FOLLOW_UP),
                cells,
                benchmarks,
                paired,
                comparisons,
                List.of(),
                List.of(),
                List.of(),
                CATEGORIES,
                Map.of());
    }

    /** The study's shape: pilot 4/15, baseline 14/24, a follow-up too small to show, by wave and programme. */
    private static PrevalenceReport studyByWaveAndProgramme() {
        return report(
                filter(List.of(Dimension.WAVE, Dimension.PROGRAMME), null, null),
                WINTER,
                List.of(
                        new PrevalenceCell(waveAndProgramme("w-pilot", "YH-IMT"), ANXIETY, Figures.shown(4, 15), null),
                        new PrevalenceCell(waveAndProgramme("w-base", "YH-IMT"), ANXIETY, Figures.shown(14, 24), null),
                        new PrevalenceCell(waveAndProgramme("w-follow", "YH-IMT"), ANXIETY, Figures.SUPPRESSED, null)),
                List.of(),
                List.of(),
                List.of());
    }

    private static List<String> row(ExportTable table, String firstCell) {
        return table.rows().stream()
                .filter(r -> firstCell.equals(r.get(0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row starting " + firstCell + " in " + table.rows()));
    }

    private static String csv(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSuppressedCellsRowHasNoNumberAnywhereInItOnlyWhyItIsNotShown() throws IOException {
        ExportTable table = ReportTables.results(studyByWaveAndProgramme());

        List<String> hidden = row(table, "Follow-up round");
        int status = table.headers().indexOf("Status");
        assertThat(hidden.get(status)).isEqualTo("Not shown: fewer than 5 respondents");
        for (String header : List.of("n", "N", "%", "95% CI low %", "95% CI high %")) {
            assertThat(hidden.get(table.headers().indexOf(header))).as(header).isNull();
        }
        for (int i = 0; i < hidden.size(); i++) {
            if (i != status && hidden.get(i) != null) {
                assertThat(hidden.get(i)).as(table.headers().get(i)).doesNotContainPattern("\\d");
            }
        }

        String line = csv(table)
                .lines()
                .filter(l -> l.startsWith("Follow-up round"))
                .findFirst()
                .orElseThrow();
        assertThat(line.replace("fewer than 5 respondents", "")).doesNotContainPattern("\\d");
    }

    @Test
    void aShownCellHasItsCountsPercentageAndWilsonIntervalWithOneDecimal() {
        ExportTable table = ReportTables.results(studyByWaveAndProgramme());

        // 4/15 = 26.67%, Wilson [0.108974533256924, 0.519504340559806] (docs/study-fixture.md)
        assertThat(row(table, "Pilot round"))
                .containsExactly(
                        "Pilot round",
                        "YH-IMT",
                        "Anxiety about starting",
                        "ANXIETY_START",
                        "4",
                        "15",
                        "26.7",
                        "10.9",
                        "52.0",
                        "Shown");
        // 14/24 = 58.33%, Wilson [0.388346658652288, 0.755323973901882]
        assertThat(row(table, "Baseline round")).containsSequence("14", "24", "58.3", "38.8", "75.5");
    }

    @Test
    void theHeadersAreTheGroupedColumnsOnlyThenTheFiguresAndAFlagOnlyWithABenchmark() {
        assertThat(ReportTables.results(studyByWaveAndProgramme()).headers())
                .containsExactly(
                        "Wave",
                        "Programme",
                        "Challenge",
                        "Item",
                        "n",
                        "N",
                        "%",
                        "95% CI low %",
                        "95% CI high %",
                        "Status");

        PrevalenceReport cohorts = report(
                filter(List.of(Dimension.COHORT, Dimension.IMG), null, null),
                WINTER,
                List.of(new PrevalenceCell(
                        new Group(null, "YH-IMT", 2021, null, null, true, null, null),
                        ANXIETY,
                        Figures.shown(3, 9),
                        null)),
                List.of(),
                List.of(),
                List.of());
        ExportTable byCohort = ReportTables.results(cohorts);
        assertThat(byCohort.headers())
                .startsWith("Programme", "Cohort (intake year)", "IMG or UK graduate", "Challenge")
                .doesNotContain("Wave", "Flag");
        assertThat(byCohort.rows().get(0)).startsWith("YH-IMT", "2021", "IMG");

        PrevalenceReport flagged = report(
                filter(List.of(Dimension.COHORT), Benchmark.PROGRAMME_COHORTS, null),
                WINTER,
                List.of(
                        new PrevalenceCell(
                                new Group(null, "YH-IMT", 2021, null, null, null, null, null),
                                ANXIETY,
                                Figures.shown(12, 20),
                                OutlierFlag.HIGH_OUTLIER),
                        new PrevalenceCell(
                                new Group(null, "YH-IMT", 2022, null, null, null, null, null),
                                ANXIETY,
                                Figures.SUPPRESSED,
                                OutlierFlag.NOT_SHOWN)),
                List.of(),
                List.of(),
                List.of());
        ExportTable withFlags = ReportTables.results(flagged);
        int flag = withFlags.headers().indexOf("Flag");
        assertThat(flag).isPositive();
        assertThat(withFlags.rows())
                .extracting(r -> r.get(flag))
                .containsExactly("High outlier", "Not shown (too few responses)");
    }

    @Test
    void theFiltersAreInWordsAndTheGenerationTimeIsLondonTime() {
        PrevalenceReport report = report(
                new ReportFilter(
                        "IMG-INDUCTION",
                        1,
                        List.of("w-pilot", "w-base"),
                        List.of("YH-IMT", "YH-GP"),
                        null,
                        List.of(2020, 2021),
                        null,
                        null,
                        List.of(Dimension.WAVE, Dimension.PROGRAMME),
                        Benchmark.SPECIALTY,
                        List.of("w-pilot", "w-base")),
                SUMMER,
                List.of(),
                List.of(),
                List.of(),
                List.of());

        ExportTable table = ReportTables.results(report);

        assertThat(table.title()).isEqualTo("Prevalence of challenges: results by group");
        assertThat(table.filters())
                .containsExactly(
                        "Instrument: IMG-INDUCTION v1",
                        "Waves: Pilot round; Baseline round",
                        "Programmes: YH-IMT, YH-GP",
                        "Cohorts (intake years): 2020, 2021",
                        "Grouped by: Wave, Programme",
                        "Benchmark: Programmes of the same specialty",
                        "Compared: Pilot round with Baseline round",
                        "Minimum cell size (k): 5 respondents");
        assertThat(table.generatedLine()).isEqualTo("Generated: 1 July 2026 13:00 BST");
        assertThat(String.join(" ", table.notes()))
                .contains("fewer than 5 respondents")
                .contains("Wilson score", "z = 1.959963984540054")
                .contains("Flags");

        assertThat(ReportTables.filterLines(studyByWaveAndProgramme()))
                .contains(
                        "Instrument: IMG-INDUCTION, every version",
                        "Waves: every wave of the instrument in these programmes");
    }

    @Test
    void pValuesHaveFourSignificantDigitsAndTinyOnesAreShownAsBelowAThreshold() {
        assertThat(ReportTables.pValue(0.0978444517932838)).isEqualTo("0.09784");
        assertThat(ReportTables.pValue(0.125)).isEqualTo("0.1250");
        assertThat(ReportTables.pValue(0.03125)).isEqualTo("0.03125");
        assertThat(ReportTables.pValue(1.0)).isEqualTo("1.000");
        assertThat(ReportTables.pValue(0.99996)).isEqualTo("1.000");
        assertThat(ReportTables.pValue(0.00004)).isEqualTo("< 0.0001");
        assertThat(ReportTables.pValue(null)).isNull();
        assertThat(ReportTables.percent(12.25)).isEqualTo("12.3");
        assertThat(ReportTables.intervalBound(0.0)).isEqualTo("0.0");
    }

    @Test
    void thePairedTableGivesPairsBAndCWithMcNemarAndNothingForTooFewPairs() {
        PrevalenceReport report = report(
                filter(List.of(Dimension.WAVE), null, List.of("w-pilot", "w-base")),
                WINTER,
                List.of(new PrevalenceCell(wave("w-base"), ANXIETY, Figures.shown(14, 24), null)),
                List.of(),
                List.of(
                        new PairedChange(ANXIETY, "w-base", "w-follow", null, 12L, 4L, 0L, 0.125, false),
                        new PairedChange(SUPERVISOR, "w-base", "w-follow", null, null, null, null, null, true)),
                List.of(
                        new WaveComparison(ANXIETY, "w-pilot", "w-base", 0.0978444517932838, false),
                        new WaveComparison(SUPERVISOR, "w-pilot", "w-base", null, true)));

        ExportTable paired = ReportTables.paired(report);
        assertThat(paired.rows().get(0))
                .containsExactly(
                        "Anxiety about starting",
                        "ANXIETY_START",
                        "Baseline round",
                        "Follow-up round",
                        "12",
                        "4",
                        "0",
                        "0.1250",
                        "Shown");
        assertThat(paired.rows().get(1))
                .containsExactly(
                        "Difficulty reaching or approaching the educational supervisor",
                        "SUPERVISOR_DIFFICULTY",
                        "Baseline round",
                        "Follow-up round",
                        null,
                        null,
                        null,
                        null,
                        "Not shown: fewer than 5 pairs");
        assertThat(String.join(" ", paired.notes())).contains("exact McNemar test, two-sided");

        ExportTable compared = ReportTables.comparisons(report);
        assertThat(compared.rows().get(0)).containsSequence("Pilot round", "Baseline round", "0.09784", "Shown");
        assertThat(compared.rows().get(1).get(4)).isNull();
        assertThat(String.join(" ", compared.notes())).contains("Fisher's exact test, two-sided");

        assertThat(ReportTables.tablesOf(report))
                .containsExactly(
                        ReportTables.Table.RESULTS,
                        ReportTables.Table.BY_WAVE,
                        ReportTables.Table.PAIRED,
                        ReportTables.Table.COMPARISON);
    }

    @Test
    void theStudyViewPutsChallengesDownAndWavesAcrossOnlyWhenGroupsDifferByWaveAlone() {
        PrevalenceReport study = studyByWaveAndProgramme();

        ExportTable byWave = ReportTables.byWave(study).orElseThrow();
        assertThat(byWave.title()).isEqualTo("Challenges by wave: YH-IMT");
        assertThat(byWave.headers())
                .containsExactly("Challenge", "Item", "Pilot round", "Baseline round", "Follow-up round");
        List<String> expected =
                new ArrayList<>(List.of("Anxiety about starting", "ANXIETY_START", "26.7% (4/15)", "58.3% (14/24)"));
        expected.add(null);
        assertThat(byWave.rows()).containsExactly(expected);

        PrevalenceReport twoProgrammes = report(
                filter(List.of(Dimension.WAVE, Dimension.PROGRAMME), null, null),
                WINTER,
                List.of(
                        new PrevalenceCell(waveAndProgramme("w-base", "YH-IMT"), ANXIETY, Figures.shown(4, 15), null),
                        new PrevalenceCell(waveAndProgramme("w-base", "YH-GP"), ANXIETY, Figures.shown(5, 15), null)),
                List.of(),
                List.of(),
                List.of());
        assertThat(ReportTables.byWave(twoProgrammes)).isEmpty();
    }

    @Test
    void aBenchmarkTotalThatWouldGiveAHiddenCellAwayShowsNoFigures() {
        PrevalenceReport report = report(
                filter(List.of(Dimension.COHORT), Benchmark.PROGRAMME_COHORTS, null),
                WINTER,
                List.of(),
                List.of(
                        new BenchmarkTotal(Benchmark.PROGRAMME_COHORTS, null, "YH-IMT", ANXIETY, 3, Figures.SUPPRESSED),
                        new BenchmarkTotal(
                                Benchmark.PROGRAMME_COHORTS, null, "YH-IMT", SUPERVISOR, 3, Figures.shown(8, 27))),
                List.of(),
                List.of());

        ExportTable totals = ReportTables.benchmarks(report);

        assertThat(totals.headers()).doesNotContain("Wave").contains("Shared by", "Groups pooled");
        assertThat(totals.rows().get(0))
                .containsSequence("Programme YH-IMT", "Anxiety about starting", "ANXIETY_START", "3")
                .containsSequence(null, null, null, null, null)
                .last()
                .asString()
                .startsWith("Not shown");
        assertThat(totals.rows().get(1)).containsSequence("3", "8", "27", "29.6");
    }

    @Test
    void fileNamesCarryTheDayTheReportWasRunInLondon() {
        PrevalenceReport report = studyByWaveAndProgramme();

        assertThat(ReportTables.Table.RESULTS.fileName(report, ExportFormat.XLSX))
                .isEqualTo("prevalence-2026-12-01.xlsx");
        assertThat(ReportTables.Table.PAIRED.fileName(report, ExportFormat.PDF))
                .isEqualTo("prevalence-paired-2026-12-01.pdf");
        // 23:30 UTC on 30 June is already 1 July in London.
        PrevalenceReport lateEvening = report(
                filter(List.of(Dimension.WAVE), null, null),
                Instant.parse("2026-06-30T23:30:00Z"),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertThat(ReportTables.Table.RESULTS.fileName(lateEvening, ExportFormat.CSV))
                .isEqualTo("prevalence-2026-07-01.csv");
    }

    @Test
    void aWaveChoiceSaysItsKindInWordsAndItsDay() {
        assertThat(ReportTables.waveChoice(BASELINE)).isEqualTo("Baseline, before starting — 19 July 2021");
        assertThat(ReportTables.waveChoice(FOLLOW_UP))
                .isEqualTo("Follow-up, after a rotation (rotation 1) — 6 December 2021");
    }
}
