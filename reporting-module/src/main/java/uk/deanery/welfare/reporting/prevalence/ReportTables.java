package uk.deanery.welfare.reporting.prevalence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.reporting.export.ExportFormat;
import uk.deanery.welfare.reporting.export.ExportTable;
import uk.deanery.welfare.reporting.prevalence.Dimension.Column;
import uk.deanery.welfare.reporting.statistics.WilsonInterval;

/**
 * A prevalence report as tables of text: the results by group, the study's challenges by wave, the before-and-after
 * pairs, the two-wave comparison and the benchmark totals. The page shows these rows and the CSV, XLSX and PDF exports
 * write them, so every output says the same thing in the same words.
 *
 * <p>Numbers are written in one fixed format, whatever the server's locale: percentages and interval bounds with one
 * decimal ("26.7"), p-values with four significant digits ("0.09784", "1.000") or "&lt; 0.0001". A suppressed figure
 * is null (the exports leave it empty or print a dash), and the row's status says why, so no row of a hidden cell
 * carries a count, a percentage or an interval.
 */
public final class ReportTables {

    /** The zone generation dates and file names are given in. */
    public static final ZoneId ZONE = DeaneryClock.ZONE;

    public static final String SHOWN = "Shown";
    public static final String NOT_RECORDED = "Not recorded";
    /** A wave in which nobody answered the item: nothing to hide and nothing to show. */
    public static final String NO_ANSWERS = "No answers";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final double SMALLEST_P_SHOWN = 0.0001;
    private static final MathContext P_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    /** The tables a report has, each exported as a file of its own. */
    public enum Table {
        RESULTS("Results by group", "prevalence"),
        BY_WAVE("Challenges by wave", "prevalence-by-wave"),
        PAIRED("Before and after: the same respondents", "prevalence-paired"),
        COMPARISON("Two waves compared", "prevalence-comparison"),
        BENCHMARKS("Benchmark totals", "prevalence-benchmarks"),
        IMG_COMPARISON("IMG and UK graduates compared", "prevalence-img"),
        EXPOSURE_COMPARISON("Attended support or not, compared", "prevalence-exposure"),
        ANSWERS("Answers to each closed question", "prevalence-answers");

        private final String label;
        private final String fileStem;

        Table(String label, String fileStem) {
            this.label = label;
            this.fileStem = fileStem;
        }

        public String label() {
            return label;
        }

        /** The table, or empty when this report has nothing for it (no benchmark chosen, no pairs, no comparison). */
        public Optional<ExportTable> of(PrevalenceReport report) {
            return switch (this) {
                case RESULTS -> Optional.of(results(report));
                case BY_WAVE -> byWave(report);
                case PAIRED -> report.paired().isEmpty() ? Optional.empty() : Optional.of(paired(report));
                case COMPARISON -> report.filter().compare().isEmpty()
                        ? Optional.empty()
                        : Optional.of(comparisons(report));
                case BENCHMARKS -> report.filter().benchmark() == Benchmark.NONE
                        ? Optional.empty()
                        : Optional.of(benchmarks(report));
                case IMG_COMPARISON -> report.imgComparisons().isEmpty()
                        ? Optional.empty()
                        : Optional.of(imgComparisons(report));
                case EXPOSURE_COMPARISON -> report.exposureComparisons().isEmpty()
                        ? Optional.empty()
                        : Optional.of(exposureComparisons(report));
                case ANSWERS -> report.distribution().isEmpty() ? Optional.empty() : Optional.of(answers(report));
            };
        }

        /** For example {@code prevalence-2026-12-01.xlsx}: the day the report was run, in the deanery's zone. */
        public String fileName(PrevalenceReport report, ExportFormat format) {
            LocalDate day = report.generatedAt().atZone(ZONE).toLocalDate();
            return fileStem + "-" + day + "." + format.extension();
        }
    }

    private ReportTables() {}

    /** The tables this report has, in the order the page shows them. */
    public static List<Table> tablesOf(PrevalenceReport report) {
        return Arrays.stream(Table.values())
                .filter(table -> table.of(report).isPresent())
                .toList();
    }

    // ---- Results by group ----

    /** The headings of the grouped columns, only those the report is grouped by ("Wave", "Programme", ...). */
    public static List<String> groupHeaders(PrevalenceReport report) {
        return groupColumns(report).stream()
                .map(column -> header(report, column))
                .toList();
    }

    /** A group's values in words, in the order of {@link #groupHeaders}. */
    public static List<String> groupValues(PrevalenceReport report, Group group) {
        return groupColumns(report).stream()
                .map(column -> value(report, group, column))
                .toList();
    }

    /** A group in one line, for a chart's legend: "Baseline 2021 · YH-IMT"; "All respondents" when not grouped. */
    public static String groupLabel(PrevalenceReport report, Group group) {
        List<String> values = groupValues(report, group);
        return values.isEmpty() ? "All respondents" : String.join(" · ", values);
    }

    /** One row per cell, in the report's order (by group, then challenge). */
    public static List<ResultRow> resultRows(PrevalenceReport report) {
        List<ResultRow> rows = new ArrayList<>();
        for (PrevalenceCell cell : report.cells()) {
            Figures figures = cell.figures();
            rows.add(new ResultRow(
                    groupValues(report, cell.group()),
                    report.categoryName(cell.indicator().category()),
                    cell.indicator().item(),
                    count(figures.numerator()),
                    count(figures.denominator()),
                    percent(figures.percent()),
                    intervalBound(figures.ciLow()),
                    intervalBound(figures.ciHigh()),
                    cell.flag(),
                    status(figures, notShown(report.minCell(), "respondents")),
                    figures.suppressed()));
        }
        return rows;
    }

    /** The main table: the grouped columns, then the challenge and its figures, flag and status. */
    public static ExportTable results(PrevalenceReport report) {
        boolean flagged = report.filter().benchmark() != Benchmark.NONE;
        List<String> headers = new ArrayList<>(groupHeaders(report));
        headers.addAll(List.of("Challenge", "Item", "n", "N", "%", "95% CI low %", "95% CI high %"));
        if (flagged) {
            headers.add("Flag");
        }
        headers.add("Status");
        List<List<String>> rows = new ArrayList<>();
        for (ResultRow row : resultRows(report)) {
            List<String> cells = new ArrayList<>(row.groups());
            cells.addAll(Arrays.asList(
                    row.category(),
                    row.item(),
                    row.numerator(),
                    row.denominator(),
                    row.percent(),
                    row.ciLow(),
                    row.ciHigh()));
            if (flagged) {
                cells.add(row.flagLabel());
            }
            cells.add(row.status());
            rows.add(cells);
        }
        List<String> notes = new ArrayList<>(commonNotes(report));
        if (flagged) {
            notes.add(flagNote(report.filter().benchmark()));
        }
        return table("Prevalence of challenges: results by group", report, headers, rows, notes);
    }

    // ---- Challenges by wave (the study's own view) ----

    /**
     * Challenges down, waves across, each cell "26.7% (4/15)": the study's table. Only for a report grouped by wave
     * whose groups differ by nothing else (one programme, or grouped by wave alone); empty otherwise.
     */
    public static Optional<ExportTable> byWave(PrevalenceReport report) {
        if (!report.filter().groupedBy(Dimension.WAVE) || report.cells().isEmpty()) {
            return Optional.empty();
        }
        Set<Group> others =
                report.cells().stream().map(c -> withoutWave(c.group())).collect(Collectors.toSet());
        if (others.size() != 1) {
            return Optional.empty();
        }
        Map<List<Object>, Figures> byKey = new LinkedHashMap<>();
        report.cells().forEach(c -> byKey.put(List.of(c.group().wave(), c.indicator()), c.figures()));
        List<WaveSummary> waves = report.waves().stream()
                .filter(w -> report.cells().stream()
                        .anyMatch(c -> w.ref().equals(c.group().wave())))
                .toList();
        List<String> headers = new ArrayList<>(List.of("Challenge", "Item"));
        waves.forEach(w -> headers.add(w.title()));
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : report.indicators()) {
            List<String> row = new ArrayList<>(List.of(report.categoryName(indicator.category()), indicator.item()));
            for (WaveSummary wave : waves) {
                Figures figures = byKey.get(List.of(wave.ref(), indicator));
                row.add(figures == null ? NO_ANSWERS : shareOf(figures));
            }
            rows.add(row);
        }
        Group rest = others.iterator().next();
        String title = "Challenges by wave" + (rest.programme() == null ? "" : ": " + rest.programme());
        return Optional.of(table(title, report, headers, rows, commonNotes(report)));
    }

    /** "26.7% (4/15)", or null when suppressed. */
    public static String shareOf(Figures figures) {
        if (figures.suppressed()) {
            return null;
        }
        return percent(figures.percent()) + "% (" + figures.numerator() + "/" + figures.denominator() + ")";
    }

    // ---- Before and after, comparison, benchmarks ----

    /** Baseline to follow-up for the same respondents: pairs, b, c and the exact McNemar p. */
    public static ExportTable paired(PrevalenceReport report) {
        boolean byExposure = report.filter().columns().contains(Column.EXPOSURE);
        List<String> headers = new ArrayList<>(List.of("Challenge", "Item", "Baseline wave", "Follow-up wave"));
        if (byExposure) {
            headers.add(exposureHeader(report.filter()) + " (before the follow-up)");
        }
        headers.addAll(List.of(
                "Pairs",
                "b (at baseline, not at follow-up)",
                "c (at follow-up, not at baseline)",
                "McNemar exact p",
                "Status"));
        List<List<String>> rows = new ArrayList<>();
        for (PairedChange change : report.paired()) {
            List<String> row = new ArrayList<>(Arrays.asList(
                    report.categoryName(change.indicator().category()),
                    change.indicator().item(),
                    waveTitle(report, change.baselineWave()),
                    waveTitle(report, change.followUpWave())));
            if (byExposure) {
                row.add(exposureLabel(change.exposure()));
            }
            row.addAll(Arrays.asList(
                    count(change.pairs()),
                    count(change.b()),
                    count(change.c()),
                    pValue(change.pValue()),
                    change.suppressed() ? notShown(report.minCell(), "pairs") : SHOWN));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(commonNotes(report));
        notes.add("Pairs are the respondents who answered the item at both waves (the same trainee, or the same"
                + " pseudonymous id in the same cohort). The change is tested with the exact McNemar test, two-sided:"
                + " p = min(1, 2 P[X <= min(b, c)]) with X ~ Binomial(b + c, 1/2), and p = 1 when b + c = 0.");
        return table("Before and after: the same respondents", report, headers, rows, notes);
    }

    /** The two chosen waves compared per challenge with Fisher's exact test. */
    public static ExportTable comparisons(PrevalenceReport report) {
        List<String> headers = List.of("Challenge", "Item", "Wave", "Compared with", "Fisher exact p", "Status");
        List<List<String>> rows = new ArrayList<>();
        for (WaveComparison comparison : report.comparisons()) {
            rows.add(Arrays.asList(
                    report.categoryName(comparison.indicator().category()),
                    comparison.indicator().item(),
                    waveTitle(report, comparison.waveA()),
                    waveTitle(report, comparison.waveB()),
                    pValue(comparison.pValue()),
                    comparison.suppressed()
                            ? "Not shown: a wave has fewer than " + report.minCell()
                                    + " respondents, or a result of it is not shown"
                            : SHOWN));
        }
        List<String> notes = new ArrayList<>(commonNotes(report));
        notes.add("The two waves are compared with Fisher's exact test, two-sided, on their pooled counts"
                + " (with and without the challenge, in each wave).");
        return table("Two waves compared", report, headers, rows, notes);
    }

    /** The benchmark's pooled results, shown only where they cannot give away a suppressed cell. */
    public static ExportTable benchmarks(PrevalenceReport report) {
        boolean byWave = report.filter().groupedBy(Dimension.WAVE);
        List<String> headers = new ArrayList<>(List.of("Benchmark"));
        if (byWave) {
            headers.add("Wave");
        }
        headers.addAll(List.of(
                "Shared by",
                "Challenge",
                "Item",
                "Groups pooled",
                "n",
                "N",
                "%",
                "95% CI low %",
                "95% CI high %",
                "Status"));
        List<List<String>> rows = new ArrayList<>();
        for (BenchmarkTotal total : report.benchmarks()) {
            Figures figures = total.figures();
            List<String> row = new ArrayList<>(List.of(total.benchmark().label()));
            if (byWave) {
                row.add(waveTitle(report, total.wave()));
            }
            row.addAll(Arrays.asList(
                    sharedBy(total),
                    report.categoryName(total.indicator().category()),
                    total.indicator().item(),
                    String.valueOf(total.groups()),
                    count(figures.numerator()),
                    count(figures.denominator()),
                    percent(figures.percent()),
                    intervalBound(figures.ciLow()),
                    intervalBound(figures.ciHigh()),
                    figures.suppressed()
                            ? "Not shown: it would give away a result of fewer than " + report.minCell()
                                    + " respondents"
                            : SHOWN));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(commonNotes(report));
        notes.add("A benchmark total pools every group of the benchmark, in every programme, including those the"
                + " reader may not see individually.");
        notes.add(flagNote(report.filter().benchmark()));
        return table("Benchmark totals", report, headers, rows, notes);
    }

    // ---- Two sides compared: IMG and UK graduates, attended support or not ----

    /** Within each group, international medical graduates against UK graduates, with Fisher's exact test. */
    public static ExportTable imgComparisons(PrevalenceReport report) {
        return twoSides(
                report,
                report.imgComparisons(),
                Column.IMG,
                "Fisher exact p (IMG vs UK graduates)",
                "IMG and UK graduates compared",
                "Fisher's exact test, two-sided, on the IMG and UK graduate counts of each group; respondents whose"
                        + " graduation is not recorded are in neither.");
    }

    /** Within each group, those who attended support against those who did not, with Fisher's exact test. */
    public static ExportTable exposureComparisons(PrevalenceReport report) {
        return twoSides(
                report,
                report.exposureComparisons(),
                Column.EXPOSURE,
                "Fisher exact p (attended vs did not)",
                "Attended support or not, compared",
                "Fisher's exact test, two-sided, on the counts of those who attended and those who did not, in each"
                        + " group; respondents whose attendance is not known are in neither.");
    }

    private static ExportTable twoSides(
            PrevalenceReport report,
            List<GroupComparison> comparisons,
            Column split,
            String pHeader,
            String title,
            String note) {
        List<Column> others =
                groupColumns(report).stream().filter(column -> column != split).toList();
        List<String> headers = new ArrayList<>(
                others.stream().map(column -> header(report, column)).toList());
        headers.addAll(List.of("Challenge", "Item", pHeader, "Status"));
        List<List<String>> rows = new ArrayList<>();
        for (GroupComparison comparison : comparisons) {
            List<String> row = new ArrayList<>(others.stream()
                    .map(column -> value(report, comparison.group(), column))
                    .toList());
            row.addAll(Arrays.asList(
                    report.categoryName(comparison.indicator().category()),
                    comparison.indicator().item(),
                    pValue(comparison.pValue()),
                    comparison.suppressed() ? notShown(report.minCell(), "respondents on one side") : SHOWN));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(commonNotes(report));
        notes.add(note);
        return table(title, report, headers, rows, notes);
    }

    // ---- Answers to each closed question ----

    /** Per group and closed item, every answer with how many gave it of those who answered the item. */
    public static ExportTable answers(PrevalenceReport report) {
        List<String> headers = new ArrayList<>(groupHeaders(report));
        headers.addAll(List.of("Item", "Question", "Answer", "n", "N", "%", "Status"));
        List<List<String>> rows = new ArrayList<>();
        for (AnswerShare share : report.distribution()) {
            Figures figures = share.figures();
            List<String> row = new ArrayList<>(groupValues(report, share.group()));
            row.addAll(Arrays.asList(
                    share.item(),
                    report.items().getOrDefault(share.item(), share.item()),
                    share.label(),
                    count(figures.numerator()),
                    count(figures.denominator()),
                    percent(figures.percent()),
                    status(figures, notShown(report.minCell(), "respondents"))));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(commonNotes(report));
        notes.add("n is how many gave the answer, N how many answered the question; for a question with several"
                + " answers allowed, the percentages add up to more than 100.");
        return table("Answers to each closed question", report, headers, rows, notes);
    }

    // ---- Filters and notes ----

    /** The choices that produced the report, in words, one line each. */
    public static List<String> filterLines(PrevalenceReport report) {
        ReportFilter filter = report.filter();
        List<String> lines = new ArrayList<>();
        lines.add("Instrument: " + filter.instrument()
                + (filter.instrumentVersion() == null ? ", every version" : " v" + filter.instrumentVersion()));
        lines.add("Waves: "
                + (filter.waves().isEmpty()
                        ? "every wave of the instrument in these programmes"
                        : filter.waves().stream()
                                .map(ref -> waveTitle(report, ref))
                                .collect(Collectors.joining("; "))));
        lines.add("Programmes: " + (filter.programmes().isEmpty() ? "all" : String.join(", ", filter.programmes())));
        if (!filter.specialties().isEmpty()) {
            lines.add("Specialties: " + String.join(", ", filter.specialties()));
        }
        if (!filter.cohorts().isEmpty()) {
            lines.add("Cohorts (intake years): "
                    + filter.cohorts().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (filter.from() != null || filter.to() != null) {
            lines.add("Waves opening: "
                    + (filter.from() == null ? "any time" : "from " + DAY.format(filter.from()))
                    + (filter.to() == null ? "" : " to " + DAY.format(filter.to())));
        }
        lines.add("Grouped by: "
                + (filter.groupBy().isEmpty()
                        ? "nothing (all respondents together)"
                        : filter.groupBy().stream().map(Dimension::label).collect(Collectors.joining(", "))));
        if (filter.columns().contains(Column.EXPOSURE)) {
            lines.add("Support counted: "
                    + (filter.exposureKind() == null
                            ? "any kind of activity"
                            : filter.exposureKind().label()));
        }
        lines.add("Benchmark: " + filter.benchmark().label());
        if (!filter.compare().isEmpty()) {
            lines.add("Compared: " + waveTitle(report, filter.compare().get(0)) + " with "
                    + waveTitle(report, filter.compare().get(1)));
        }
        lines.add("Minimum cell size (k): " + report.minCell() + " respondents");
        return lines;
    }

    private static List<String> commonNotes(PrevalenceReport report) {
        int k = report.minCell();
        List<String> notes = new ArrayList<>(List.of(
                "n is how many respondents' answers meet the challenge's flag rule; N is how many answered the item;"
                        + " % is n/N. A blank answer counts in neither.",
                "Suppression: a result with fewer than " + k + " respondents (k = " + k + ") shows no count,"
                        + " percentage or interval, and a total is withheld when it, with the results shown, would"
                        + " give a hidden one away.",
                "95% intervals are Wilson score intervals (z = " + WilsonInterval.Z_95
                        + ", no continuity correction), given as percentages."));
        if (report.filter().columns().contains(Column.EXPOSURE)) {
            notes.add("Support attended: activities the respondent's attendance is recorded for as attended, that"
                    + " started before the wave opened and after the opening of their cohort's latest baseline"
                    + " wave before it. Anonymous and pseudonymous responses are not linked to a trainee, so"
                    + " their support is not known.");
        }
        return notes;
    }

    private static String flagNote(Benchmark benchmark) {
        return "Flags (against \"" + benchmark.label() + "\"): a group in the top quartile of the benchmark's groups is"
                + " higher than typical, and a high outlier when its 95% interval also lies wholly above the"
                + " benchmark's pooled interval; the same below for lower than typical and low outlier.";
    }

    private static ExportTable table(
            String title, PrevalenceReport report, List<String> headers, List<List<String>> rows, List<String> notes) {
        return new ExportTable(title, filterLines(report), report.generatedAt(), ZONE, headers, rows, notes);
    }

    // ---- Words and numbers ----

    /** A wave's title, or its reference if the report does not list it. */
    public static String waveTitle(PrevalenceReport report, String ref) {
        if (ref == null) {
            return NOT_RECORDED;
        }
        return report.waves().stream()
                .filter(w -> w.ref().equals(ref))
                .map(WaveSummary::title)
                .findFirst()
                .orElse(ref);
    }

    /** A wave as a choice on a form: "Baseline, before starting — 19 July 2021". */
    public static String waveChoice(WaveSummary wave) {
        String kind =
                wave.rotation() == null ? wave.kindLabel() : wave.kindLabel() + " (rotation " + wave.rotation() + ")";
        return kind + " — " + DAY.format(wave.opensOn());
    }

    /** Why a figure is not shown: "Not shown: fewer than 5 respondents". */
    public static String notShown(int minCell, String units) {
        return "Not shown: fewer than " + minCell + " " + units;
    }

    /** A percentage (0 to 100) with one decimal: "26.7"; null stays null. */
    public static String percent(Double percent) {
        return percent == null ? null : String.format(Locale.UK, "%.1f", percent);
    }

    /** An interval bound, given as a proportion, as a percentage with one decimal: 0.109 gives "10.9". */
    public static String intervalBound(Double proportion) {
        return proportion == null ? null : percent(100.0 * proportion);
    }

    /** A p-value with four significant digits ("0.09784", "0.1250", "1.000"), or "&lt; 0.0001"; null stays null. */
    public static String pValue(Double p) {
        if (p == null) {
            return null;
        }
        if (p < SMALLEST_P_SHOWN) {
            return "< 0.0001";
        }
        BigDecimal rounded = new BigDecimal(p).round(P_DIGITS);
        // Keep trailing zeros, so every p shows four significant digits: 1 as "1.000", 0.125 as "0.1250".
        int scale = P_DIGITS.getPrecision() - rounded.precision() + rounded.scale();
        return rounded.setScale(Math.max(scale, 0), RoundingMode.HALF_UP).toPlainString();
    }

    private static String count(Long count) {
        return count == null ? null : String.valueOf(count);
    }

    private static String status(Figures figures, String notShown) {
        return figures.suppressed() ? notShown : SHOWN;
    }

    private static String sharedBy(BenchmarkTotal total) {
        return switch (total.benchmark()) {
            case SPECIALTY -> "Specialty " + total.scope();
            case DEANERY -> "Deanery " + total.scope();
            case PROGRAMME_COHORTS -> "Programme " + total.scope();
            case NONE -> total.scope();
        };
    }

    /** The read model's grouped columns, in a fixed order, each once (cohort and programme share the programme). */
    private static List<Column> groupColumns(PrevalenceReport report) {
        Set<Column> grouped = report.filter().columns();
        return Arrays.stream(Column.values()).filter(grouped::contains).toList();
    }

    private static String header(PrevalenceReport report, Column column) {
        return switch (column) {
            case WAVE -> "Wave";
            case PROGRAMME -> "Programme";
            case INTAKE_YEAR -> "Cohort (intake year)";
            case SPECIALTY -> "Specialty";
            case DEANERY -> "Deanery";
            case IMG -> "IMG or UK graduate";
            case FIRST_NHS_POST -> "First NHS post";
            case EXPOSURE -> exposureHeader(report.filter());
        };
    }

    /** "Attended: Webinar", "Support attended (number): any activity". */
    private static String exposureHeader(ReportFilter filter) {
        String kind = filter.exposureKind() == null
                ? "any support activity"
                : filter.exposureKind().label();
        return filter.groupedBy(Dimension.DOSE) ? "Attended (number): " + kind : "Attended: " + kind;
    }

    private static String value(PrevalenceReport report, Group group, Column column) {
        return switch (column) {
            case WAVE -> waveTitle(report, group.wave());
            case PROGRAMME -> Objects.requireNonNullElse(group.programme(), NOT_RECORDED);
            case INTAKE_YEAR -> group.intakeYear() == null ? NOT_RECORDED : String.valueOf(group.intakeYear());
            case SPECIALTY -> Objects.requireNonNullElse(group.specialty(), NOT_RECORDED);
            case DEANERY -> Objects.requireNonNullElse(group.deanery(), NOT_RECORDED);
            case IMG -> group.img() == null ? NOT_RECORDED : group.img() ? "IMG" : "UK graduate";
            case FIRST_NHS_POST -> group.firstNhsPost() == null ? NOT_RECORDED : group.firstNhsPost() ? "Yes" : "No";
            case EXPOSURE -> exposureLabel(group.exposure());
        };
    }

    private static String exposureLabel(String code) {
        return code == null
                ? NOT_RECORDED
                : Exposure.byCode(code).map(Exposure::label).orElse(code);
    }

    private static Group withoutWave(Group group) {
        return new Group(
                null,
                group.programme(),
                group.intakeYear(),
                group.specialty(),
                group.deanery(),
                group.img(),
                group.firstNhsPost(),
                group.exposure());
    }
}
