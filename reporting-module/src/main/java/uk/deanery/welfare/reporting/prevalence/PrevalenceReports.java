package uk.deanery.welfare.reporting.prevalence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.reporting.prevalence.Dimension.Column;
import uk.deanery.welfare.reporting.statistics.FisherExact;
import uk.deanery.welfare.reporting.statistics.McNemarExact;
import uk.deanery.welfare.reporting.statistics.McNemarResult;
import uk.deanery.welfare.reporting.statistics.OutlierFlag;
import uk.deanery.welfare.reporting.statistics.OutlierRule;
import uk.deanery.welfare.reporting.statistics.Proportion;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemOption;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;

/**
 * Runs prevalence reports. Deanery admins and analysts see every programme; a training programme director sees their
 * own programmes, and benchmarks only as pooled totals. Every run is audited with its filters.
 */
@ApplicationScoped
public class PrevalenceReports {

    public static final String ACTION_RUN = "RUN_REPORT";
    public static final String ACTION_LIST_CHOICES = "LIST_REPORT_CHOICES";
    public static final String SUBJECT_REPORT = "Report";
    public static final String PREVALENCE = "prevalence";
    public static final String MIN_CELL_PROPERTY = "welfare.reporting.min-cell";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    PrevalenceQueries queries;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ProgrammeService programmes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = MIN_CELL_PROPERTY, defaultValue = "5")
    int minCell;

    /**
     * @throws uk.deanery.welfare.access.boundary.AccessDeniedException for supervisors and trainees, and for a TPD
     *     who asks for a programme they do not direct
     * @throws InvalidValueException when two waves to compare are not both in the report
     */
    @Transactional
    public PrevalenceReport run(@NotNull ReportFilter requested) {
        return run(requested, EnumSet.allOf(ReportPart.class));
    }

    /**
     * The report with only these of its optional parts; the others are empty.
     *
     * @see #run(ReportFilter)
     */
    @Transactional
    public PrevalenceReport run(@NotNull ReportFilter requested, @NotNull Set<ReportPart> parts) {
        access.requireRole(ACTION_RUN, Role.ADMIN, Role.ANALYST, Role.TPD);
        ReportFilter filter = withinCallersProgrammes(requested, ACTION_RUN);
        audit.recordWithParameters(ACTION_RUN, SUBJECT_REPORT, PREVALENCE, filter.describe());
        Suppression suppression = new Suppression(minCell);
        Scope scope = Scope.of(filter);

        List<Wave> waves = queries.waves(scope);
        Set<Column> columns = filter.columns();
        List<Count> counts = queries.indicatorCounts(scope, columns).stream()
                .sorted(Comparator.comparing(Count::group, Group.inWaveOrder(waveOrder(waves)))
                        .thenComparing(Count::indicator, Indicator.ORDER))
                .toList();

        Map<Count, Figures> shown = new LinkedHashMap<>();
        counts.forEach(count -> shown.put(count, suppression.figures(count.numerator(), count.denominator())));

        List<BenchmarkTotal> benchmarkTotals = new ArrayList<>();
        Map<Count, OutlierFlag> flags = benchmark(filter, scope, shown, suppression, benchmarkTotals);

        List<PrevalenceCell> cells = new ArrayList<>();
        shown.forEach((count, figures) ->
                cells.add(new PrevalenceCell(count.group(), count.indicator(), figures, flags.get(count))));

        Map<String, Item> items = closedItems(waves);
        return new PrevalenceReport(
                filter,
                suppression.minCell(),
                Instant.now(clock),
                waves.stream().map(PrevalenceReports::summary).toList(),
                cells,
                benchmarkTotals,
                parts.contains(ReportPart.PAIRED) ? paired(scope, waves, suppression) : List.of(),
                comparisons(filter, scope, waves, cells, suppression),
                imgComparisons(filter, cells),
                exposureComparisons(filter, cells),
                parts.contains(ReportPart.ANSWERS)
                        ? distribution(scope, columns, items, waves, suppression)
                        : List.of(),
                categoryNames(),
                questions(waves));
    }

    /**
     * The programmes the caller may report on, for a report form's choices: every programme for deanery admins and
     * analysts, the programmes they direct for a training programme director. Not audited: names and codes of
     * programmes, no answer and no person.
     */
    @Transactional
    public List<Programme> reportableProgrammes() {
        access.requireRole(ACTION_LIST_CHOICES, Role.ADMIN, Role.ANALYST, Role.TPD);
        return seesEveryProgramme() ? programmes.programmes() : programmes.directedByCaller();
    }

    /**
     * The waves of an instrument (every version) that a report on these programmes would cover, oldest first, for a
     * report form's choices. The same narrowing as {@link #run}: a TPD gets the waves of their own programmes, and is
     * refused (and the refusal audited) for a programme they do not direct. Not audited otherwise: titles and dates.
     *
     * @param programmeCodes empty for every programme the caller may report on
     * @throws InvalidValueException when the instrument is blank
     */
    @Transactional
    public List<WaveSummary> reportableWaves(String instrument, List<String> programmeCodes) {
        access.requireRole(ACTION_LIST_CHOICES, Role.ADMIN, Role.ANALYST, Role.TPD);
        ReportFilter filter = withinCallersProgrammes(
                new ReportFilter(instrument, null, null, programmeCodes, null, null, null, null, null, null, null),
                ACTION_LIST_CHOICES);
        return queries.waves(Scope.of(filter)).stream()
                .map(PrevalenceReports::summary)
                .toList();
    }

    private boolean seesEveryProgramme() {
        return access.callerIsDeanery() || access.caller().has(Role.ANALYST);
    }

    private ReportFilter withinCallersProgrammes(ReportFilter requested, String action) {
        if (seesEveryProgramme()) {
            return requested;
        }
        List<String> directed =
                programmes.directedByCaller().stream().map(Programme::getCode).toList();
        if (directed.isEmpty()) {
            throw access.deny(action, SUBJECT_REPORT, PREVALENCE);
        }
        if (requested.programmes().isEmpty()) {
            return requested.withProgrammes(directed);
        }
        for (String programme : requested.programmes()) {
            if (!directed.contains(programme)) {
                throw access.deny(action, SUBJECT_REPORT, "programme " + programme);
            }
        }
        return requested;
    }

    /**
     * Flags each group against its benchmark, and adds the benchmark's pooled result where it cannot give away a
     * value that is not shown. Benchmark groups are counted over every programme (a TPD sees only the pooled total);
     * the quartiles are taken over the groups large enough to show.
     */
    private Map<Count, OutlierFlag> benchmark(
            ReportFilter filter,
            Scope scope,
            Map<Count, Figures> shown,
            Suppression suppression,
            List<BenchmarkTotal> totals) {
        Benchmark benchmark = filter.benchmark();
        Map<Count, OutlierFlag> flags = new HashMap<>();
        if (benchmark == Benchmark.NONE) {
            return flags;
        }
        Set<Column> unit = EnumSet.copyOf(benchmark.unit());
        if (filter.groupedBy(Dimension.WAVE)) {
            unit.add(Column.WAVE);
        }
        Set<Column> columns = EnumSet.copyOf(unit);
        columns.add(benchmark.scope());
        Scope widened = scope.widened(benchmark == Benchmark.PROGRAMME_COHORTS);
        // When the benchmark's groups are the report's own cells (cohorts of each programme, no filter to widen), the
        // cells' counts serve as they are: the same statement would only be run twice.
        List<Count> groups = columns.equals(filter.columns()) && widened.equals(scope)
                ? List.copyOf(shown.keySet())
                : queries.indicatorCounts(widened, columns);

        // One benchmark per wave (when split by wave), shared scope value and indicator.
        Set<Column> benchmarkKey = EnumSet.of(benchmark.scope());
        if (filter.groupedBy(Dimension.WAVE)) {
            benchmarkKey.add(Column.WAVE);
        }
        Map<List<Object>, List<Count>> byBenchmark = new LinkedHashMap<>();
        // Each benchmark group by its unit (the programme or cohort, with the wave) and indicator; a map, because a
        // national report has tens of thousands of cells and as many groups.
        Map<List<Object>, Count> groupByUnit = new HashMap<>();
        for (Count group : groups) {
            byBenchmark
                    .computeIfAbsent(key(group, benchmarkKey), k -> new ArrayList<>())
                    .add(group);
            groupByUnit.putIfAbsent(key(group, unit), group);
        }

        Map<List<Object>, Count> seenUnits = new HashMap<>();
        for (Map.Entry<Count, Figures> cell : shown.entrySet()) {
            if (!cell.getValue().suppressed()) {
                seenUnits.put(key(cell.getKey(), unit), cell.getKey());
            }
        }

        // Per benchmark, the members large enough to show and the pooled total: the same for all its cells.
        Map<List<Object>, List<Proportion>> showableOf = new HashMap<>();
        Map<List<Object>, Count> pooledOf = new HashMap<>();
        Set<List<Object>> withShownGroups = new LinkedHashSet<>();
        for (Count cell : shown.keySet()) {
            Count asUnit = groupByUnit.get(key(cell, unit));
            if (asUnit == null) {
                continue;
            }
            List<Object> benchmarkOf = key(asUnit, benchmarkKey);
            withShownGroups.add(benchmarkOf);
            List<Count> members = byBenchmark.get(benchmarkOf);
            List<Proportion> showable = showableOf.computeIfAbsent(benchmarkOf, k -> members.stream()
                    .filter(m -> !suppression.hides(m.denominator()))
                    .map(PrevalenceReports::proportion)
                    .toList());
            Count pooled = pooledOf.computeIfAbsent(
                    benchmarkOf, k -> members.stream().reduce(Count::plus).orElseThrow());
            flags.put(
                    cell,
                    OutlierRule.flag(
                            proportion(cell),
                            showable,
                            proportion(pooled),
                            shown.get(cell).suppressed()));
        }

        for (List<Object> benchmarkOf : withShownGroups) {
            List<Count> members = byBenchmark.get(benchmarkOf);
            Count pooled = pooledOf.get(benchmarkOf);
            List<Long> unseen = members.stream()
                    .filter(m -> !seenUnits.containsKey(key(m, unit)))
                    .map(Count::denominator)
                    .toList();
            Figures figures = suppression.totalMayBeShown(unseen)
                    ? suppression.figures(pooled.numerator(), pooled.denominator())
                    : Figures.SUPPRESSED;
            Group first = members.get(0).group();
            totals.add(new BenchmarkTotal(
                    benchmark,
                    filter.groupedBy(Dimension.WAVE) ? first.wave() : null,
                    String.valueOf(first.value(benchmark.scope())),
                    members.get(0).indicator(),
                    members.size(),
                    figures));
        }
        return flags;
    }

    /** Each wave's place in the report, oldest first, so results read in the order the rounds were held. */
    private static Map<String, Integer> waveOrder(List<Wave> waves) {
        Map<String, Integer> order = new HashMap<>();
        for (Wave wave : waves) {
            order.putIfAbsent(wave.getReference(), order.size());
        }
        return order;
    }

    private static List<Object> key(Count count, Set<Column> columns) {
        List<Object> key = new ArrayList<>();
        columns.forEach(column -> key.add(count.group().value(column)));
        key.add(count.indicator());
        return key;
    }

    private static Proportion proportion(Count count) {
        return Proportion.of(Math.toIntExact(count.numerator()), Math.toIntExact(count.denominator()));
    }

    /**
     * Before and after for every baseline and later follow-up wave in the report that share a cohort; in a report
     * split by exposure or dose, once per exposure of the follow-up response.
     */
    private List<PairedChange> paired(Scope scope, List<Wave> waves, Suppression suppression) {
        List<Exposure> exposures =
                scope.exposure().isEmpty() ? java.util.Collections.singletonList(null) : scope.exposure();
        List<PairedChange> paired = new ArrayList<>();
        for (Wave baseline : waves) {
            if (baseline.getKind() != WaveKind.BASELINE) {
                continue;
            }
            for (Wave followUp : waves) {
                if (followUp.getKind() != WaveKind.FOLLOW_UP
                        || followUp.getOpensOn().isBefore(baseline.getOpensOn())
                        || !sharesCohort(baseline, followUp)) {
                    continue;
                }
                for (Exposure exposure : exposures) {
                    queries.pairs(scope, baseline.getReference(), followUp.getReference(), exposure).entrySet().stream()
                            .sorted(Map.Entry.comparingByKey(Indicator.ORDER))
                            .forEach(entry -> paired.add(pairedChange(
                                    entry.getKey(), baseline, followUp, exposure, entry.getValue(), suppression)));
                }
            }
        }
        return paired;
    }

    private static PairedChange pairedChange(
            Indicator indicator,
            Wave baseline,
            Wave followUp,
            Exposure exposure,
            long[] counts,
            Suppression suppression) {
        String code = exposure == null ? null : exposure.code();
        if (suppression.hides(counts[0])) {
            return new PairedChange(
                    indicator, baseline.getReference(), followUp.getReference(), code, null, null, null, null, true);
        }
        McNemarResult test = McNemarExact.test(Math.toIntExact(counts[1]), Math.toIntExact(counts[2]));
        return new PairedChange(
                indicator,
                baseline.getReference(),
                followUp.getReference(),
                code,
                counts[0],
                counts[1],
                counts[2],
                test.pValue(),
                false);
    }

    private static boolean sharesCohort(Wave one, Wave other) {
        for (Cohort cohort : one.getCohorts()) {
            if (other.includes(cohort)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fisher's exact test on the two waves' pooled counts, per indicator. Not shown when either wave's pooled count is
     * too small, or when any of that wave's cells in the report is suppressed: the p-value of a table whose margins
     * are known gives the table away.
     */
    private List<WaveComparison> comparisons(
            ReportFilter filter, Scope scope, List<Wave> waves, List<PrevalenceCell> cells, Suppression suppression) {
        if (filter.compare().isEmpty()) {
            return List.of();
        }
        String waveA = filter.compare().get(0);
        String waveB = filter.compare().get(1);
        for (String ref : filter.compare()) {
            if (waves.stream().noneMatch(w -> w.getReference().equals(ref))) {
                throw new InvalidValueException("compare", "the wave " + ref + " is not in this report");
            }
        }
        Map<Indicator, Map<String, Count>> byIndicator = new TreeMap<>(Indicator.ORDER);
        for (Count count : queries.indicatorCounts(scope.onlyWaves(filter.compare()), EnumSet.of(Column.WAVE))) {
            byIndicator
                    .computeIfAbsent(count.indicator(), k -> new HashMap<>())
                    .put(count.group().wave(), count);
        }
        List<WaveComparison> comparisons = new ArrayList<>();
        byIndicator.forEach((indicator, byWave) -> {
            Count a = byWave.get(waveA);
            Count b = byWave.get(waveB);
            if (a == null || b == null) {
                return;
            }
            boolean hidden = suppression.hides(a.denominator())
                    || suppression.hides(b.denominator())
                    || cells.stream()
                            .anyMatch(cell -> cell.indicator().equals(indicator)
                                    && cell.figures().suppressed()
                                    && (cell.group().wave() == null
                                            || filter.compare()
                                                    .contains(cell.group().wave())));
            if (hidden) {
                comparisons.add(new WaveComparison(indicator, waveA, waveB, null, true));
            } else {
                comparisons.add(new WaveComparison(
                        indicator,
                        waveA,
                        waveB,
                        FisherExact.twoSided(
                                Math.toIntExact(a.numerator()),
                                Math.toIntExact(a.denominator() - a.numerator()),
                                Math.toIntExact(b.numerator()),
                                Math.toIntExact(b.denominator() - b.numerator())),
                        false));
            }
        });
        return comparisons;
    }

    /**
     * IMG against UK graduates within each group of a report split by IMG or UK graduate, with Fisher's exact test on
     * the two shown cells; not shown when either is suppressed.
     */
    private static List<GroupComparison> imgComparisons(ReportFilter filter, List<PrevalenceCell> cells) {
        if (!filter.groupedBy(Dimension.IMG)) {
            return List.of();
        }
        return twoSides(cells, cell -> cell.group().img(), group -> group.withImg(null));
    }

    /**
     * Those who attended support against those who did not, within each group of a report split by exposure, with
     * Fisher's exact test on the two shown cells; not shown when either is suppressed. Respondents whose exposure is
     * not known are in neither.
     */
    private static List<GroupComparison> exposureComparisons(ReportFilter filter, List<PrevalenceCell> cells) {
        if (!filter.groupedBy(Dimension.EXPOSURE)) {
            return List.of();
        }
        return twoSides(
                cells,
                cell -> Exposure.ATTENDED.code().equals(cell.group().exposure())
                        ? Boolean.TRUE
                        : Exposure.NOT_ATTENDED.code().equals(cell.group().exposure()) ? Boolean.FALSE : null,
                group -> group.withExposure(null));
    }

    /**
     * Fisher's exact test between the cells on one side (true) and the other (false) of a two-way split, within each
     * group the cells share once the split is taken away.
     */
    private static List<GroupComparison> twoSides(
            List<PrevalenceCell> cells,
            java.util.function.Function<PrevalenceCell, Boolean> side,
            java.util.function.UnaryOperator<Group> withoutSplit) {
        Map<List<Object>, PrevalenceCell[]> sides = new LinkedHashMap<>();
        for (PrevalenceCell cell : cells) {
            Boolean first = side.apply(cell);
            if (first == null) {
                continue;
            }
            Group others = withoutSplit.apply(cell.group());
            sides.computeIfAbsent(List.of(others, cell.indicator()), k -> new PrevalenceCell[2])[first ? 0 : 1] = cell;
        }
        List<GroupComparison> comparisons = new ArrayList<>();
        sides.forEach((key, pair) -> {
            if (pair[0] == null || pair[1] == null) {
                return;
            }
            Figures one = pair[0].figures();
            Figures other = pair[1].figures();
            if (one.suppressed() || other.suppressed()) {
                comparisons.add(new GroupComparison(pair[0].indicator(), (Group) key.get(0), null, true));
                return;
            }
            comparisons.add(new GroupComparison(
                    pair[0].indicator(),
                    (Group) key.get(0),
                    FisherExact.twoSided(
                            Math.toIntExact(one.numerator()),
                            Math.toIntExact(one.denominator() - one.numerator()),
                            Math.toIntExact(other.numerator()),
                            Math.toIntExact(other.denominator() - other.numerator())),
                    false));
        });
        return comparisons;
    }

    /** The answers to every closed item, per group, with every option listed (a zero is a result too). */
    private List<AnswerShare> distribution(
            Scope scope, Set<Column> columns, Map<String, Item> items, List<Wave> waves, Suppression suppression) {
        Map<List<Object>, Long> answered = new HashMap<>();
        Map<Group, Set<String>> itemsByGroup = new TreeMap<>(Group.inWaveOrder(waveOrder(waves)));
        for (PrevalenceQueries.ItemCount row : queries.answeredCounts(scope, columns, items.keySet())) {
            answered.put(List.of(row.group(), row.item()), row.count());
            itemsByGroup
                    .computeIfAbsent(row.group(), g -> new LinkedHashSet<>())
                    .add(row.item());
        }
        Map<List<Object>, Long> given = new HashMap<>();
        for (PrevalenceQueries.ItemCount row : queries.answerCounts(scope, columns, items.keySet())) {
            String value = canonical(items.get(row.item()), row.value());
            given.merge(List.of(row.group(), row.item(), value), row.count(), Long::sum);
        }
        List<AnswerShare> shares = new ArrayList<>();
        itemsByGroup.forEach((group, answeredItems) -> items.values().stream()
                .filter(item -> answeredItems.contains(item.getCode()))
                .forEach(item -> {
                    long denominator = answered.get(List.of(group, item.getCode()));
                    for (Map.Entry<String, String> option : options(item).entrySet()) {
                        long count = given.getOrDefault(List.of(group, item.getCode(), option.getKey()), 0L);
                        shares.add(new AnswerShare(
                                group,
                                item.getCode(),
                                option.getKey(),
                                option.getValue(),
                                suppression.figures(count, denominator)));
                    }
                }));
        return shares;
    }

    /** Closed items of the waves' instruments, in question order, the first instrument's wording for a shared code. */
    private static Map<String, Item> closedItems(List<Wave> waves) {
        Map<String, Item> items = new LinkedHashMap<>();
        waves.stream()
                .map(Wave::getInstrument)
                .distinct()
                .flatMap(instrument -> instrument.items().stream())
                .filter(item -> item.getType().isClosed())
                .forEach(item -> items.putIfAbsent(item.getCode(), item));
        return items;
    }

    private static Map<String, String> options(Item item) {
        Map<String, String> options = new LinkedHashMap<>();
        if (item.getType() == ItemType.YES_NO) {
            options.put("yes", "Yes");
            options.put("no", "No");
        } else {
            item.getOptions().forEach(option -> options.put(option.getValue(), option.getLabel()));
        }
        return options;
    }

    /** The option value an answer stands for, whatever its case ("Yes", "International"). */
    private static String canonical(Item item, String value) {
        if (item.getType() == ItemType.YES_NO) {
            return value.strip().toLowerCase(Locale.ROOT);
        }
        return item.option(value.strip()).map(ItemOption::getValue).orElse(value);
    }

    private static Map<String, String> questions(List<Wave> waves) {
        Map<String, String> questions = new LinkedHashMap<>();
        waves.stream()
                .map(Wave::getInstrument)
                .distinct()
                .flatMap(instrument -> instrument.items().stream())
                .forEach(item -> questions.putIfAbsent(item.getCode(), item.getText()));
        return questions;
    }

    private Map<String, String> categoryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createNamedQuery(ConcernCategory.FIND_ALL, ConcernCategory.class)
                .getResultList()
                .forEach(category -> names.put(category.getCode(), category.getLabel()));
        return names;
    }

    private static WaveSummary summary(Wave wave) {
        return new WaveSummary(
                wave.getReference(),
                wave.getTitle(),
                wave.getKind().name(),
                wave.getKind().label(),
                wave.getFollowUpRotation(),
                wave.getOpensOn(),
                wave.getImportKey().orElse(null));
    }

    @Override
    public String toString() {
        return "PrevalenceReports[min-cell " + minCell + "]";
    }
}
