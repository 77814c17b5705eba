package uk.deanery.welfare.roster.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one roster import. Either there are problems and nothing was written, or there are none and the
 * counts say what each data row did: created a trainee, updated something, or found everything already as the row
 * says.
 */
public record RosterImportReport(List<RosterProblem> problems, int created, int updated, int unchanged)
        implements Serializable {

    public RosterImportReport {
        problems = List.copyOf(problems);
    }

    public static RosterImportReport rejected(List<RosterProblem> problems) {
        return new RosterImportReport(problems, 0, 0, 0);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int rows() {
        return created + updated + unchanged;
    }
}
