package uk.deanery.welfare.surveyimport.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one historical import. Either there are problems and nothing was written, or there are none and
 * the counts say what the file did: waves created, cohorts added to waves from an earlier import, responses stored,
 * and rows whose response was already stored with the same answers (every row, when a file is imported again).
 */
public record SurveyImportReport(
        List<SurveyImportProblem> problems,
        int wavesCreated,
        int cohortsAdded,
        int cohortsCreated,
        int responsesCreated,
        int responsesUnchanged)
        implements Serializable {

    public SurveyImportReport {
        problems = List.copyOf(problems);
    }

    public static SurveyImportReport rejected(List<SurveyImportProblem> problems) {
        return new SurveyImportReport(problems, 0, 0, 0, 0, 0);
    }

    public boolean isAccepted() {
        return problems.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Whether the import changed nothing at all: a repeat of a file imported before. */
    public boolean changedNothing() {
        return isAccepted() && wavesCreated == 0 && cohortsAdded == 0 && cohortsCreated == 0 && responsesCreated == 0;
    }

    public int rows() {
        return responsesCreated + responsesUnchanged;
    }
}
