package uk.deanery.welfare.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.reporting.prevalence.Dimension;
import uk.deanery.welfare.reporting.prevalence.Figures;
import uk.deanery.welfare.reporting.prevalence.Group;
import uk.deanery.welfare.reporting.prevalence.Indicator;
import uk.deanery.welfare.reporting.prevalence.PrevalenceCell;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReport;
import uk.deanery.welfare.reporting.prevalence.ReportFilter;
import uk.deanery.welfare.reporting.prevalence.WaveSummary;

/** The chart's Chart.js configuration: the table's numbers, nothing for a hidden cell, and safe inside a script. */
class PrevalenceChartTest {

    private static final Indicator ANXIETY = new Indicator("ANXIETY_START", "ANXIETY_STARTING");
    private static final Indicator SUPERVISOR = new Indicator("SUPERVISOR_DIFFICULTY", "SUPERVISOR_ACCESS");

    /** Figures has no public factory for shown cells: a report with one is made as the service makes it. */
    private static Figures shown(long numerator, long denominator, double low, double high) {
        return new Figures(numerator, denominator, 100.0 * numerator / denominator, low, high, false);
    }

    private static PrevalenceReport report(String baselineTitle) {
        ReportFilter filter = new ReportFilter(
                "IMG-INDUCTION", null, null, null, null, null, null, null, List.of(Dimension.WAVE), null, null);
        return new PrevalenceReport(
                filter,
                5,
                Instant.parse("2026-12-01T10:00:00Z"),
                List.of(
                        new WaveSummary(
                                "w1", baselineTitle, "BASELINE", "Baseline", null, LocalDate.of(2021, 7, 19), null),
                        new WaveSummary(
                                "w2", "Follow-up", "FOLLOW_UP", "Follow-up", 1, LocalDate.of(2021, 12, 6), null)),
                List.of(
                        new PrevalenceCell(
                                new Group("w1", null, null, null, null, null, null, null),
                                ANXIETY,
                                shown(4, 15, 0.108974533256924, 0.519504340559806),
                                null),
                        new PrevalenceCell(
                                new Group("w1", null, null, null, null, null, null, null),
                                SUPERVISOR,
                                shown(5, 21, 0.106280130226365, 0.450911736829508),
                                null),
                        new PrevalenceCell(
                                new Group("w2", null, null, null, null, null, null, null),
                                ANXIETY,
                                Figures.SUPPRESSED,
                                null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of("ANXIETY_STARTING", "Anxiety about starting", "SUPERVISOR_ACCESS", "Supervisor access"),
                Map.of());
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void eachGroupHasABarPerChallengeWithItsIntervalInTheSameSlotAndAHiddenCellIsNull() {
        JsonObject chart = parse(PrevalenceChart.json(report("Baseline")));

        assertThat(chart.getString("type")).isEqualTo("bar");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(JsonValue::toString))
                .containsExactly("\"Anxiety about starting\"", "\"Supervisor access\"");
        JsonArray datasets = data.getJsonArray("datasets");
        assertThat(datasets).hasSize(4);

        JsonObject baseline = datasets.getJsonObject(0);
        assertThat(baseline.getString("label")).isEqualTo("Baseline");
        assertThat(baseline.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(26.7);
        assertThat(baseline.getJsonArray("data").getJsonNumber(1).doubleValue()).isEqualTo(23.8);
        JsonObject interval = datasets.getJsonObject(1);
        assertThat(interval.getString("stack")).isEqualTo(baseline.getString("stack"));
        assertThat(interval.getJsonArray("data").getJsonArray(0).toString()).isEqualTo("[10.9,52.0]");

        JsonObject followUp = datasets.getJsonObject(2);
        assertThat(followUp.getJsonArray("data").get(0)).isEqualTo(JsonValue.NULL);
        assertThat(datasets.getJsonObject(3).getJsonArray("data").get(0)).isEqualTo(JsonValue.NULL);
        assertThat(chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getBoolean("stacked"))
                .as("intervals are not added to their bars")
                .isFalse();
    }

    @Test
    void textFromPeopleCannotCloseTheScriptThePageWritesTheConfigurationInto() {
        String json = PrevalenceChart.json(report("</script><script>alert(1)</script> & more"));

        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(parse(json)
                        .getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"))
                .isEqualTo("</script><script>alert(1)</script> & more");
    }

    @Test
    void theDescriptionSaysWhatTheChartShowsAndThatHiddenResultsAreLeftOut() {
        assertThat(PrevalenceChart.description(report("Baseline")))
                .contains("percentage of respondents with each challenge, by wave")
                .contains("95% interval")
                .contains("fewer than 5 respondents are left out")
                .contains("table");
    }
}
