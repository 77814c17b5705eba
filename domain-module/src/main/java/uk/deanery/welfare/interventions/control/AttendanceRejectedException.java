package uk.deanery.welfare.interventions.control;

import java.util.List;
import uk.deanery.welfare.interventions.entity.AttendanceProblem;

/** Thrown out of the writer's transaction so that a file with any bad row leaves the activity's attendance as it was. */
public class AttendanceRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<AttendanceProblem> problems;

    public AttendanceRejectedException(List<AttendanceProblem> problems) {
        super("Attendance file rejected with " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<AttendanceProblem> getProblems() {
        return problems;
    }
}
