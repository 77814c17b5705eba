package uk.deanery.welfare.interventions.entity;

import java.time.LocalDate;
import java.util.Optional;
import uk.deanery.welfare.shared.GmcNumber;

/**
 * One data row of an attendance file whose fields are valid for the activity's kind; whether the trainee exists and
 * may have attendance there is decided when it is written.
 *
 * @param row the CSV line number (header = 1)
 * @param joinedOn for a group or scheme, the day an attending trainee joined; null for a session or an absence
 * @param leftOn the day they left, or null while they are still a member (and always for a session)
 */
public record AttendanceRow(int row, GmcNumber gmcNumber, boolean attended, LocalDate joinedOn, LocalDate leftOn) {

    /** The row gives a membership of a group or scheme rather than attendance at a session. */
    public boolean isMembership() {
        return joinedOn != null;
    }

    public Optional<LocalDate> joined() {
        return Optional.ofNullable(joinedOn);
    }

    public Optional<LocalDate> left() {
        return Optional.ofNullable(leftOn);
    }

    /** The attendance already says what this row says, so applying the row would change nothing. */
    public boolean isAlreadyIn(Attendance attendance) {
        AttendanceStatus status = attended ? AttendanceStatus.ATTENDED : AttendanceStatus.ABSENT;
        return attendance.getStatus() == status
                && (!isMembership()
                        || (attendance.getJoinedOn().equals(joined())
                                && attendance.getLeftOn().equals(left())));
    }
}
