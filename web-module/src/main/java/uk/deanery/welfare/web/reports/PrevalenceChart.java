package uk.deanery.welfare.web.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.Figures;
import uk.deanery.welfare.reporting.prevalence.Group;
import uk.deanery.welfare.reporting.prevalence.Indicator;
import uk.deanery.welfare.reporting.prevalence.PrevalenceCell;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.ReportTables;

/**
 * The report's bar chart as a Chart.js 4 configuration for {@code p:chart}: challenges along the axis, one bar per
 * group with its percentage, and over each bar a narrow floating bar from the 95% interval's lower to upper bound.
 * Both come from the figures the table beside it prints (one decimal), and a suppressed result is null, so the chart
 * neither shows nor carries a number the table hides.
 */
final class PrevalenceChart {

    // Each at least 3:1 against white (WCAG 1.4.11); the legend and the table name the groups, so colour is never the
    // only way to tell them apart.
    private static final List<String> COLOURS =
            List.of("#005eb8", "#007f3b", "#330072", "#ae2573", "#425563", "#8a1538", "#006747", "#7c2855");
    private static final String INTERVAL_COLOUR = "#212b32";
    private static final double INTERVAL_WIDTH = 0.15;

    private PrevalenceChart() {}

    /**
     * The configuration as JSON that is safe inside the page's script: PrimeFaces writes it into a script element as
     * it is, and category names and wave titles are typed by people, so a "&lt;/script&gt;" in one must not end the
     * element. {@code <}, {@code >} and {@code &} only ever occur inside JSON strings, where their \\u escapes mean the
     * same.
     */
    static String json(PrevalenceReport report) {
        List<Indicator> indicators = report.indicators();
        Map<Group, Map<Indicator, Figures>> byGroup = new LinkedHashMap<>();
        for (PrevalenceCell cell : report.cells()) {
            byGroup.computeIfAbsent(cell.group(), g -> new LinkedHashMap<>()).put(cell.indicator(), cell.figures());
        }

        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int index = 0;
        for (Map.Entry<Group, Map<Indicator, Figures>> group : byGroup.entrySet()) {
            String label = ReportTables.groupLabel(report, group.getKey());
            String stack = "group-" + index;
            JsonArrayBuilder bars = Json.createArrayBuilder();
            JsonArrayBuilder intervals = Json.createArrayBuilder();
            for (Indicator indicator : indicators) {
                Figures figures = group.getValue().get(indicator);
                if (figures == null || figures.suppressed()) {
                    bars.addNull();
                    intervals.addNull();
                } else {
                    bars.add(decimal(ReportTables.percent(figures.percent())));
                    intervals.add(Json.createArrayBuilder()
                            .add(decimal(ReportTables.intervalBound(figures.ciLow())))
                            .add(decimal(ReportTables.intervalBound(figures.ciHigh()))));
                }
            }
            // The same stack puts the interval in its bar's slot; the value axis is not stacked, so neither adds up.
            datasets.add(Json.createObjectBuilder()
                    .add("label", label)
                    .add("data", bars)
                    .add("backgroundColor", COLOURS.get(index % COLOURS.size()))
                    .add("stack", stack)
                    .add("order", 1));
            datasets.add(Json.createObjectBuilder()
                    .add("label", label + ": 95% interval")
                    .add("data", intervals)
                    .add("backgroundColor", INTERVAL_COLOUR)
                    // A white edge keeps the dark interval visible over a dark bar.
                    .add("borderColor", "#ffffff")
                    .add("borderWidth", 1)
                    .add("barPercentage", INTERVAL_WIDTH)
                    .add("stack", stack)
                    .add("order", 0));
            index++;
        }

        JsonArrayBuilder labels = Json.createArrayBuilder();
        indicatorLabels(report, indicators).forEach(labels::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("title", title("Challenge")))
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("min", 0)
                                                .add("max", 100)
                                                .add("stacked", false)
                                                .add("title", title("% of those who answered"))))
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        String json = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** What the chart shows, for its aria-label and caption: the canvas itself says nothing to a screen reader. */
    static String description(PrevalenceReport report) {
        List<Dimension> groupBy = report.filter().groupBy();
        String by = groupBy.isEmpty()
                ? "for all respondents together"
                : "by "
                        + groupBy.stream()
                                .map(d -> d.label().toLowerCase(Locale.UK))
                                .collect(Collectors.joining(" and "));
        return "Bar chart of the percentage of respondents with each challenge, " + by
                + ", each bar with a thin dark bar over it for its 95% interval. Results with fewer than "
                + report.minCell() + " respondents are left out. The table beside the chart gives the same numbers.";
    }

    /** The challenge's name; with its item when two indicators share a category, so no two bars look alike. */
    private static List<String> indicatorLabels(PrevalenceReport report, List<Indicator> indicators) {
        Map<String, Long> perCategory =
                indicators.stream().collect(Collectors.groupingBy(Indicator::category, Collectors.counting()));
        return indicators.stream()
                .map(i -> perCategory.get(i.category()) > 1
                        ? report.categoryName(i.category()) + " (" + i.item() + ")"
                        : report.categoryName(i.category()))
                .toList();
    }

    private static JsonObjectBuilder title(String text) {
        return Json.createObjectBuilder().add("display", true).add("text", text);
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
