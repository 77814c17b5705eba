package uk.deanery.welfare.surveys.boundary;

import java.util.List;
import java.util.stream.Collectors;
import uk.deanery.welfare.surveys.entity.AnswerProblem;

/**
 * A submit whose answers the instrument refuses; nothing was stored. Carries every problem so a page can show each
 * next to its item. The message names the items only, never what was answered.
 */
public class AnswersRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<AnswerProblem> problems;

    public AnswersRejectedException(List<AnswerProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> getProblems() {
        return problems;
    }

    private static String message(List<AnswerProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " answer needs" : " answers need") + " attention: "
                + problems.stream().map(AnswerProblem::itemCode).distinct().collect(Collectors.joining(", "));
    }
}
