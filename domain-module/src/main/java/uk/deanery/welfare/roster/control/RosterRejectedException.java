package uk.deanery.welfare.roster.control;

import java.util.List;
import uk.deanery.welfare.roster.entity.RosterProblem;

/** Thrown out of the writer's transaction so that a roster with any bad row leaves the database untouched. */
public class RosterRejectedException extends RuntimeException {

    private final transient List<RosterProblem> problems;

    public RosterRejectedException(List<RosterProblem> problems) {
        super("Roster rejected with " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> getProblems() {
        return problems;
    }
}
