package uk.deanery.welfare.interventions.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;

/**
 * One row of an activity's tick list: a trainee of its cohorts, or anyone with a place, and where they stand.
 *
 * @param cohort the trainee's cohort among the activity's, as "YH-IMT 2026", or empty when an admin added them
 * @param status null when nothing is recorded for them yet
 */
public record AttendanceLine(
        String gmcNumber, String name, String cohort, AttendanceStatus status, LocalDate joinedOn, LocalDate leftOn)
        implements Serializable {

    public Optional<AttendanceStatus> recorded() {
        return Optional.ofNullable(status);
    }

    /** Whether the trainee's attendance says they came (or, for a group, are or were a member). */
    public boolean attended() {
        return status == AttendanceStatus.ATTENDED;
    }
}
