package uk.deanery.welfare.web.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.deanery.welfare.reporting.activities.TimelineEvent;

/**
 * A cohort's time line as a Chart.js 4 scatter for {@code p:chart}: survey waves on one row and support activities on
 * another, each at its day counted from the first event. Chart.js's time axis needs a date library this product does
 * not load, so the axis counts days and the table beside the chart gives each date.
 */
final class TimelineChart {

    private TimelineChart() {}

    static String json(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return "";
        }
        LocalDate first = events.get(0).day();
        JsonArrayBuilder waves = Json.createArrayBuilder();
        JsonArrayBuilder activities = Json.createArrayBuilder();
        for (TimelineEvent event : events) {
            long day = ChronoUnit.DAYS.between(first, event.day());
            boolean wave = event.type() == TimelineEvent.Type.WAVE;
            (wave ? waves : activities)
                    .add(Json.createObjectBuilder().add("x", day).add("y", wave ? 2 : 1));
        }
        String json = Json.createObjectBuilder()
                .add("type", "scatter")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset("Survey waves", waves, "#005eb8", "rectRot"))
                                                .add(dataset("Support activities", activities, "#007f3b", "circle"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add(
                                                                                        "text",
                                                                                        "Days from " + first
                                                                                                + " (dates in the"
                                                                                                + " table)")))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 3)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", false)))))
                .build()
                .toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static jakarta.json.JsonObjectBuilder dataset(
            String label, JsonArrayBuilder points, String colour, String style) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", points)
                .add("backgroundColor", colour)
                .add("borderColor", colour)
                .add("pointStyle", style)
                .add("pointRadius", 8);
    }
}
