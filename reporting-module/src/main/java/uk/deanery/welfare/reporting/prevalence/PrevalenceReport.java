package uk.deanery.welfare.reporting.prevalence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A prevalence report as every output shows it: pages, charts, exports and the API all read this object, so they
 * show the same numbers and hide the same cells.
 *
 * @param filter the filters it was run with (for a TPD, narrowed to their programmes)
 * @param minCell the suppression threshold k it was built with
 * @param categories concern category code to its name, for the categories in the report
 * @param items item code to its question, for the items in the report
 * @param imgComparisons when the report is split by IMG or UK graduate: the two compared within each other group
 * @param exposureComparisons when the report is split by exposure: those who attended support and those who did not,
 *     compared within each other group
 */
public record PrevalenceReport(
        ReportFilter filter,
        int minCell,
        Instant generatedAt,
        List<WaveSummary> waves,
        List<PrevalenceCell> cells,
        List<BenchmarkTotal> benchmarks,
        List<PairedChange> paired,
        List<WaveComparison> comparisons,
        List<GroupComparison> imgComparisons,
        List<GroupComparison> exposureComparisons,
        List<AnswerShare> distribution,
        Map<String, String> categories,
        Map<String, String> items) {

    public PrevalenceReport {
        waves = List.copyOf(waves);
        cells = List.copyOf(cells);
        benchmarks = List.copyOf(benchmarks);
        paired = List.copyOf(paired);
        comparisons = List.copyOf(comparisons);
        imgComparisons = List.copyOf(imgComparisons);
        exposureComparisons = List.copyOf(exposureComparisons);
        distribution = List.copyOf(distribution);
        categories = Map.copyOf(categories);
        items = Map.copyOf(items);
    }

    /** The indicators the report has results for, by category then item. */
    public List<Indicator> indicators() {
        return cells.stream()
                .map(PrevalenceCell::indicator)
                .distinct()
                .sorted(Indicator.ORDER)
                .toList();
    }

    /** A category's name, or its code when it has none. */
    public String categoryName(String code) {
        return categories.getOrDefault(code, code);
    }
}
