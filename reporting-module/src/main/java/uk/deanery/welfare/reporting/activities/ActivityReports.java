package uk.deanery.welfare.reporting.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.surveys.entity.WaveKind;

/**
 * Support activities in numbers: for each activity and cohort it was for, how many were invited (the cohort's
 * trainees), signed up and attended, each a grouped count in the database; and per cohort the time line of its waves and activities. Admins and analysts
 * see every programme, a training programme director their own. Counts of attendance, not of anyone's answers: no
 * welfare figure is in these reports, so they are not suppressed; the exposure reports, which cross attendance with
 * answers, are. Every run is audited.
 */
@ApplicationScoped
public class ActivityReports {

    public static final String ACTION_RUN = "RUN_REPORT";
    public static final String SUBJECT_REPORT = "Report";
    public static final String ACTIVITIES = "activities";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    ProgrammeService programmes;

    /**
     * @param programmeCodes the programmes to cover, empty for every one the caller may see
     * @throws uk.deanery.welfare.access.boundary.AccessDeniedException for a programme a TPD does not direct
     */
    @Transactional
    public List<ActivityAttendance> attendance(List<String> programmeCodes) {
        List<String> covered = covered(programmeCodes);
        audit.recordWithParameters(ACTION_RUN, SUBJECT_REPORT, ACTIVITIES, "programmes=" + String.join(",", covered));
        Map<List<Object>, long[]> byActivityAndCohort = new HashMap<>();
        TypedQuery<Object[]> attendance = em.createQuery(
                "SELECT a.reference, p.code, c.intakeYear,"
                        + " SUM(CASE WHEN x.signedUpAt IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x.status = :attended THEN 1 ELSE 0 END)"
                        + " FROM Attendance x JOIN x.activity a JOIN a.cohorts c JOIN c.programme p,"
                        + " ProgrammeMembership m WHERE m.trainee = x.trainee AND m.cohort = c AND p.code IN :programmes"
                        + " GROUP BY a.reference, p.code, c.intakeYear",
                Object[].class);
        attendance.setParameter("attended", AttendanceStatus.ATTENDED).setParameter("programmes", covered);
        for (Object[] row : attendance.getResultList()) {
            byActivityAndCohort.put(List.of(row[0], row[1], row[2]), new long[] {number(row[3]), number(row[4])});
        }
        Map<List<Object>, Long> cohortSizes = new HashMap<>();
        TypedQuery<Object[]> sizes = em.createQuery(
                "SELECT p.code, c.intakeYear, COUNT(DISTINCT t.id) FROM ProgrammeMembership m JOIN m.cohort c"
                        + " JOIN c.programme p JOIN m.trainee t WHERE p.code IN :programmes"
                        + " GROUP BY p.code, c.intakeYear",
                Object[].class);
        sizes.setParameter("programmes", covered);
        for (Object[] row : sizes.getResultList()) {
            cohortSizes.put(List.of(row[0], row[1]), number(row[2]));
        }
        TypedQuery<Object[]> invited = em.createQuery(
                "SELECT a.reference, a.title, a.kind, a.startsOn, p.code, c.intakeYear"
                        + " FROM SupportActivity a JOIN a.cohorts c JOIN c.programme p WHERE p.code IN :programmes",
                Object[].class);
        invited.setParameter("programmes", covered);
        List<ActivityAttendance> rows = new ArrayList<>();
        for (Object[] row : invited.getResultList()) {
            long[] counts = byActivityAndCohort.getOrDefault(List.of(row[0], row[4], row[5]), new long[2]);
            long invitedCount = cohortSizes.getOrDefault(List.of(row[4], row[5]), 0L);
            rows.add(new ActivityAttendance(
                    (String) row[0],
                    (String) row[1],
                    ((ActivityKind) row[2]).label(),
                    (LocalDate) row[3],
                    (String) row[4],
                    (Integer) row[5],
                    invitedCount,
                    counts[0],
                    counts[1],
                    invitedCount == 0 ? null : (double) counts[1] / invitedCount));
        }
        rows.sort(Comparator.comparing(ActivityAttendance::startsOn)
                .reversed()
                .thenComparing(ActivityAttendance::title)
                .thenComparing(ActivityAttendance::cohort));
        return rows;
    }

    /**
     * The cohort's survey waves (by the day they opened) and support activities (by the day they started), oldest
     * first.
     */
    @Transactional
    public List<TimelineEvent> timeline(@NotBlank String programmeCode, int intakeYear) {
        covered(List.of(programmeCode));
        audit.recordWithParameters(
                ACTION_RUN, SUBJECT_REPORT, ACTIVITIES, "timeline=" + programmeCode + " " + intakeYear);
        List<TimelineEvent> events = new ArrayList<>();
        em.createQuery(
                        "SELECT DISTINCT w.opensOn, w.title, w.kind FROM Wave w JOIN w.cohorts c"
                                + " WHERE c.programme.code = :programme AND c.intakeYear = :year",
                        Object[].class)
                .setParameter("programme", programmeCode.strip())
                .setParameter("year", intakeYear)
                .getResultList()
                .forEach(row -> events.add(new TimelineEvent(
                        (LocalDate) row[0], TimelineEvent.Type.WAVE, (String) row[1], ((WaveKind) row[2]).label())));
        em.createQuery(
                        "SELECT DISTINCT a.startsOn, a.title, a.kind FROM SupportActivity a JOIN a.cohorts c"
                                + " WHERE c.programme.code = :programme AND c.intakeYear = :year",
                        Object[].class)
                .setParameter("programme", programmeCode.strip())
                .setParameter("year", intakeYear)
                .getResultList()
                .forEach(row -> events.add(new TimelineEvent(
                        (LocalDate) row[0],
                        TimelineEvent.Type.ACTIVITY,
                        (String) row[1],
                        ((ActivityKind) row[2]).label())));
        events.sort(Comparator.comparing(TimelineEvent::day)
                .thenComparing(TimelineEvent::type)
                .thenComparing(TimelineEvent::title));
        return events;
    }

    /** The programmes asked for, within those the caller may see; all of those when none are asked for. */
    private List<String> covered(List<String> asked) {
        access.requireRole("run activity report", Role.ADMIN, Role.ANALYST, Role.TPD);
        List<String> visible = (access.callerIsDeanery() || access.caller().has(Role.ANALYST)
                        ? programmes.programmes()
                        : programmes.directedByCaller())
                .stream().map(Programme::getCode).toList();
        List<String> wanted = asked == null
                ? List.of()
                : asked.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .map(code -> code.strip().toUpperCase(java.util.Locale.ROOT))
                        .toList();
        if (wanted.isEmpty()) {
            if (visible.isEmpty()) {
                throw access.deny("run activity report", SUBJECT_REPORT, ACTIVITIES);
            }
            return visible;
        }
        for (String code : wanted) {
            if (!visible.contains(code)) {
                throw access.deny("run activity report", SUBJECT_REPORT, "programme " + code);
            }
        }
        return wanted;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
