package uk.deanery.welfare.interventions.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one attendance import. Either there are problems and nothing was stored, or there are none and the
 * counts say what each row did: recorded attendance where there was none yet (no place, or a place signed up for or
 * given back), changed attendance already recorded (its status, or a member's days), or found it already as the row
 * says.
 */
public record AttendanceImportReport(List<AttendanceProblem> problems, int recorded, int changed, int unchanged)
        implements Serializable {

    public AttendanceImportReport {
        problems = List.copyOf(problems);
    }

    public static AttendanceImportReport rejected(List<AttendanceProblem> problems) {
        return new AttendanceImportReport(problems, 0, 0, 0);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int rows() {
        return recorded + changed + unchanged;
    }
}
