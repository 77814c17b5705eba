package uk.deanery.welfare.reporting.activities;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One activity's reach in one of its cohorts.
 *
 * @param invited the trainees of the cohort (everyone the activity is for)
 * @param signedUp those of them who took a place at some point (ticked attendance without a place is not a sign-up)
 * @param attended those whose attendance is recorded as attended
 * @param rate attended as a share of invited, 0 to 1; null when nobody was invited
 */
public record ActivityAttendance(
        String reference,
        String title,
        String kind,
        LocalDate startsOn,
        String programme,
        int intakeYear,
        long invited,
        long signedUp,
        long attended,
        Double rate)
        implements Serializable {

    /** "YH-IMT 2026". */
    public String cohort() {
        return programme + " " + intakeYear;
    }
}
