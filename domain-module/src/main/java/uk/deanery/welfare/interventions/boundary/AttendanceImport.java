package uk.deanery.welfare.interventions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Function;
import java.util.logging.Logger;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.interventions.control.AttendanceCsvReader;
import uk.deanery.welfare.interventions.control.AttendanceRejectedException;
import uk.deanery.welfare.interventions.control.AttendanceWriter;
import uk.deanery.welfare.interventions.entity.AttendanceImportReport;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.shared.ImportCharset;

/**
 * Imports the attendance of one activity from a CSV file (format in {@link AttendanceCsvReader}), for whoever may tick
 * its attendance: an admin, or a peer supporter who runs it. Deliberately not transactional: the writer's transaction
 * must be over, committed or rolled back, before the report is handed back. The audit trail and the log hold the
 * activity's reference, statuses and counts, nothing else.
 */
@ApplicationScoped
public class AttendanceImport {

    public static final String ACTION_IMPORT = AttendanceWriter.ACTION_IMPORT;

    private static final Logger LOG = Logger.getLogger(AttendanceImport.class.getName());

    @Inject
    SupportActivities activities;

    @Inject
    AttendanceWriter writer;

    @Inject
    AccessPolicy access;

    /** As {@link #importAttendance(String, Reader)}, reading the bytes as UTF-8 and refusing any other encoding. */
    public AttendanceImportReport importAttendance(@NotBlank String activityReference, @NotNull InputStream csv) {
        return importAttendance(activityReference, csv, ImportCharset.UTF_8);
    }

    /** As {@link #importAttendance(String, Reader)}, reading the bytes in the encoding chosen, which they must be in. */
    public AttendanceImportReport importAttendance(
            @NotBlank String activityReference, @NotNull InputStream csv, @NotNull ImportCharset charset) {
        return importAttendance(activityReference, reader -> reader.read(csv, charset));
    }

    /**
     * @return the problems of every row (nothing stored), or the counts of attendance recorded, changed and found
     *     unchanged
     * @throws uk.deanery.welfare.access.boundary.AccessDeniedException unless the caller is an admin or runs the
     *     activity
     * @throws uk.deanery.welfare.shared.NotFoundException when there is no such activity
     */
    public AttendanceImportReport importAttendance(@NotBlank String activityReference, @NotNull Reader csv) {
        return importAttendance(activityReference, reader -> reader.read(csv));
    }

    private AttendanceImportReport importAttendance(
            String activityReference, Function<AttendanceCsvReader, AttendanceCsvReader.Result> reading) {
        // Only admins and trainees can manage an activity; anyone else is refused before learning whether it exists.
        access.requireRole(ACTION_IMPORT, Role.ADMIN, Role.TRAINEE);
        SupportActivity activity = activities.managedActivity(ACTION_IMPORT, activityReference.strip());
        AttendanceImportReport report = apply(activity, reading.apply(new AttendanceCsvReader(activity.getKind())));
        LOG.info(() -> report.isAccepted()
                ? "Attendance imported for activity " + activity.getReference() + ": " + report.recorded()
                        + " recorded, " + report.changed() + " changed, " + report.unchanged() + " unchanged"
                : "Attendance file for activity " + activity.getReference() + " refused with "
                        + report.problems().size() + " problem(s)");
        return report;
    }

    private AttendanceImportReport apply(SupportActivity activity, AttendanceCsvReader.Result parsed) {
        if (parsed.rows().isEmpty()) {
            return AttendanceImportReport.rejected(parsed.problems());
        }
        try {
            // Rows with good fields still go through the writer, so one report lists the activity's rules broken too.
            return writer.write(activity.getId(), parsed.rows(), parsed.problems());
        } catch (AttendanceRejectedException rejected) {
            writer.recordRefused(activity.getId(), rejected.getProblems().size());
            return AttendanceImportReport.rejected(rejected.getProblems());
        }
    }
}
