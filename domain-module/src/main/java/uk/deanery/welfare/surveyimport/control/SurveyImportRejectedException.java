package uk.deanery.welfare.surveyimport.control;

import java.util.List;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;

/** Thrown by {@link HistoricalWriter} to roll back every row of a file that has a problem anywhere. */
public class SurveyImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SurveyImportProblem> problems;

    public SurveyImportRejectedException(List<SurveyImportProblem> problems) {
        super(problems.size() + " problem(s) in the survey file");
        this.problems = List.copyOf(problems);
    }

    public List<SurveyImportProblem> getProblems() {
        return problems;
    }
}
