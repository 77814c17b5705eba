package uk.deanery.welfare.interventions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.AttendanceImportReport;
import uk.deanery.welfare.interventions.entity.AttendanceProblem;
import uk.deanery.welfare.interventions.entity.AttendanceRow;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Applies the checked rows of an attendance file to one activity in one transaction, each through the activity's own
 * rules as attendance ticked one by one is. A rule a row breaks becomes a problem of that row and the remaining rows
 * are still checked; any problem ends in {@link AttendanceRejectedException}, which rolls back every row.
 */
@ApplicationScoped
public class AttendanceWriter {

    public static final String ACTION_IMPORT = "IMPORT_ATTENDANCE";
    // The same action and subject as attendance ticked one by one, so the activity's trail reads the same either way.
    static final String ACTION_ATTENDANCE = "RECORD_ATTENDANCE";
    static final String SUBJECT_ACTIVITY = "SupportActivity";
    private static final String NONE = "none";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private enum Outcome {
        RECORDED,
        CHANGED,
        UNCHANGED,
        REJECTED
    }

    /**
     * Applies the rows, each change audited with the status before and after, the import itself with its counts.
     *
     * @param alreadyFound problems the reader found in other rows of the same file; they are reported together with
     *     the ones found here, and they alone are enough to reject the file
     * @throws AttendanceRejectedException listing every problem, in row order; nothing is then stored
     */
    @Transactional
    public AttendanceImportReport write(
            long activityId, List<AttendanceRow> rows, List<AttendanceProblem> alreadyFound) {
        // Only the trainee look-ups query, and they depend on nothing this import changes: no flush before each.
        em.setFlushMode(FlushModeType.COMMIT);
        SupportActivity activity = em.find(SupportActivity.class, activityId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<AttendanceProblem> problems = new ArrayList<>(alreadyFound);
        int recorded = 0;
        int changed = 0;
        int unchanged = 0;
        for (AttendanceRow row : rows) {
            switch (apply(activity, row, now, today, problems)) {
                case RECORDED -> recorded++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> {}
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(AttendanceProblem::row));
            throw new AttendanceRejectedException(problems);
        }
        audit.recordWithParameters(
                ACTION_IMPORT,
                SUBJECT_ACTIVITY,
                activity.getReference(),
                recorded + " recorded, " + changed + " changed, " + unchanged + " unchanged");
        return new AttendanceImportReport(List.of(), recorded, changed, unchanged);
    }

    /**
     * Audits a refused file on its own: checking it read the activity's attendance, and the refusal rolled back the
     * transaction that did.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefused(long activityId, int problems) {
        audit.recordWithParameters(
                ACTION_IMPORT,
                SUBJECT_ACTIVITY,
                em.find(SupportActivity.class, activityId).getReference(),
                "refused with " + problems + " problem(s)");
    }

    private Outcome apply(
            SupportActivity activity,
            AttendanceRow row,
            Instant now,
            LocalDate today,
            List<AttendanceProblem> problems) {
        try {
            Trainee trainee = trainee(row);
            Optional<Attendance> before = activity.attendanceOf(trainee);
            if (before.isPresent() && row.isAlreadyIn(before.get())) {
                return Outcome.UNCHANGED;
            }
            // Read now: the activity changes this same attendance in place.
            Optional<AttendanceStatus> statusBefore = before.map(Attendance::getStatus);
            Attendance after = row.isMembership()
                    ? activity.recordMembership(trainee, row.joinedOn(), row.leftOn(), today)
                    : activity.recordAttendance(trainee, row.attended(), now);
            audit.recordChange(
                    ACTION_ATTENDANCE,
                    SUBJECT_ACTIVITY,
                    activity.getReference(),
                    statusBefore.map(AttendanceStatus::name).orElse(NONE),
                    after.getStatus().name());
            return statusBefore.filter(AttendanceWriter::isOutcome).isPresent() ? Outcome.CHANGED : Outcome.RECORDED;
        } catch (NotFoundException e) {
            problems.add(new AttendanceProblem(
                    row.row(), AttendanceCsvReader.GMC_NUMBER, "no trainee with this GMC number is registered"));
        } catch (ConflictException e) {
            problems.add(
                    new AttendanceProblem(row.row(), columnFor(e.getField()), reasonFor(e.getField(), e.getReason())));
        } catch (InvalidValueException e) {
            problems.add(
                    new AttendanceProblem(row.row(), columnFor(e.getField()), reasonFor(e.getField(), e.getReason())));
        }
        return Outcome.REJECTED;
    }

    /**
     * Looked up here rather than through {@code TraineeService}, which lets a trainee read only their own record: as
     * when ticking attendance one by one, the activity itself refuses anyone neither signed up nor in its cohorts.
     */
    private Trainee trainee(AttendanceRow row) {
        String gmc = row.gmcNumber().getDigits();
        return em.createNamedQuery(Trainee.FIND_BY_GMC_NUMBER, Trainee.class)
                .setParameter("gmc", gmc)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("trainee", gmc));
    }

    /** Whether attendance was already recorded, so that recording it again changes it. */
    private static boolean isOutcome(AttendanceStatus status) {
        return status == AttendanceStatus.ATTENDED || status == AttendanceStatus.ABSENT;
    }

    private static String columnFor(String field) {
        return switch (field) {
            case "trainee" -> AttendanceCsvReader.GMC_NUMBER;
            case "joinedOn" -> AttendanceCsvReader.JOINED_ON;
            case "leftOn" -> AttendanceCsvReader.LEFT_ON;
            default -> AttendanceCsvReader.STATUS;
        };
    }

    /**
     * The rule's reason, but about the trainee without naming them: the file gives a GMC number, and the report must
     * not tell whoever imports it the name of a trainee outside the activity.
     */
    private static String reasonFor(String field, String reason) {
        return field.equals("trainee") ? "is not signed up for the activity and not in its cohorts" : reason;
    }
}
