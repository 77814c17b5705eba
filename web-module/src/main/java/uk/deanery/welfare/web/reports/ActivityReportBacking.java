package uk.deanery.welfare.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.reporting.activities.ActivityAttendance;
import uk.deanery.welfare.reporting.activities.ActivityReports;
import uk.deanery.welfare.reporting.activities.TimelineEvent;
import uk.deanery.welfare.reporting.prevalence.PrevalenceReports;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code reports/activities.xhtml}: each activity's invited, signed up and attended per cohort, and one cohort's
 * waves and activities on a time line.
 */
@Named
@ViewScoped
public class ActivityReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityReports reports;

    @Inject
    PrevalenceReports prevalence;

    private List<Programme> programmeChoices = List.of();
    private String programme;
    private List<ActivityAttendance> attendance = List.of();
    private String cohort;
    private List<TimelineEvent> timeline = List.of();

    /** The view action: the caller's programmes and the attendance across them. */
    public void load() {
        try {
            programmeChoices = prevalence.reportableProgrammes();
            show();
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        }
    }

    public void show() {
        attendance = reports.attendance(programme == null ? List.of() : List.of(programme));
        if (cohort != null && !getCohortChoices().contains(cohort)) {
            cohort = null;
        }
        timeline = List.of();
        if (cohort != null) {
            int space = cohort.lastIndexOf(' ');
            timeline = reports.timeline(cohort.substring(0, space), Integer.parseInt(cohort.substring(space + 1)));
        }
    }

    /** The cohorts with an activity, as "YH-IMT 2026". */
    public List<String> getCohortChoices() {
        List<String> cohorts = new ArrayList<>();
        attendance.stream().map(ActivityAttendance::cohort).distinct().sorted().forEach(cohorts::add);
        return cohorts;
    }

    /** A share as a percentage with one decimal ("60.0"), or a dash when nobody was invited. */
    public String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.UK, "%.1f", 100 * rate);
    }

    public String getTimelineJson() {
        return TimelineChart.json(timeline);
    }

    public String getTimelineDescription() {
        long waves = timeline.stream()
                .filter(e -> e.type() == TimelineEvent.Type.WAVE)
                .count();
        return "Time line of " + cohort + ": " + waves + " survey waves and " + (timeline.size() - waves)
                + " support activities by day; the table beside it lists each with its date.";
    }

    public List<Programme> getProgrammeChoices() {
        return programmeChoices;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<ActivityAttendance> getAttendance() {
        return attendance;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public List<TimelineEvent> getTimeline() {
        return timeline;
    }
}
