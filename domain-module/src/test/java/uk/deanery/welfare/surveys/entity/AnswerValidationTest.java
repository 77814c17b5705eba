package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.deanery.welfare.surveys.SurveyFixtures.everyItemType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidationTest {

    private final Instrument instrument = everyItemType();

    private static Answers complete() {
        return Answers.of(Map.of("PROGRAMME", "IMT", "ANXIETY", "2", "SUPERVISOR", "no"));
    }

    private List<AnswerProblem> problems(Answers answers) {
        return instrument.validate(answers);
    }

    @Test
    void aCompleteSetOfAnswersHasNoProblems() {
        assertThat(problems(complete())).isEmpty();
        assertThat(problems(complete()
                        .with("SUPERVISOR", "Yes")
                        .with("SUPERVISOR_DETAIL", "We work on different sites")
                        .with("HOURS", "48.5")
                        .with("TOPICS", "ROTA", "housing")))
                .isEmpty();
    }

    @Test
    void everyMissingRequiredAnswerIsReportedInItemOrder() {
        assertThat(problems(Answers.of(Map.of("ANXIETY", "  "))))
                .containsExactly(
                        new AnswerProblem("PROGRAMME", "an answer is required"),
                        new AnswerProblem("ANXIETY", "an answer is required"),
                        new AnswerProblem("SUPERVISOR", "an answer is required"));
    }

    @Test
    void aRequiredItemThatIsShownMustBeAnswered() {
        assertThat(problems(complete().with("SUPERVISOR", "yes")))
                .containsExactly(new AnswerProblem("SUPERVISOR_DETAIL", "an answer is required"));
    }

    @Test
    void anItemWhoseConditionIsNotMetMustBeLeftBlank() {
        assertThat(problems(complete().with("SUPERVISOR_DETAIL", "text typed before changing my mind")))
                .containsExactly(new AnswerProblem(
                        "SUPERVISOR_DETAIL", "must be left blank: it applies only when SUPERVISOR is yes"));
    }

    @Test
    void answersOutOfRangeOrNotAmongTheOptionsAreRefusedWithAClearMessage() {
        Answers answers = complete()
                .with("PROGRAMME", "SURGERY")
                .with("ANXIETY", "6")
                .with("HOURS", "100.6")
                .with("SUPERVISOR", "maybe")
                .with("TOPICS", "ROTA", "WEATHER");

        assertThat(problems(answers))
                .containsExactly(
                        new AnswerProblem("PROGRAMME", "the answer is not one of the options"),
                        new AnswerProblem("ANXIETY", "must be a whole number from 1 to 5"),
                        new AnswerProblem("HOURS", "must be at most 100.5"),
                        new AnswerProblem("SUPERVISOR", "must be yes or no"),
                        new AnswerProblem("TOPICS", "the answer is not one of the options"));
    }

    @Test
    void numbersMustBeNumbersAndNotBelowTheMinimum() {
        assertThat(problems(complete().with("HOURS", "forty")))
                .containsExactly(new AnswerProblem("HOURS", "must be a number"));
        assertThat(problems(complete().with("HOURS", "-1")))
                .containsExactly(new AnswerProblem("HOURS", "must be at least 0"));
    }

    @Test
    void onlyMultipleChoiceTakesSeveralAnswersAndNoneTwice() {
        assertThat(problems(complete().with("PROGRAMME", "IMT", "GP")))
                .containsExactly(new AnswerProblem("PROGRAMME", "only one answer is allowed"));
        assertThat(problems(complete().with("TOPICS", "ROTA", "rota")))
                .containsExactly(new AnswerProblem("TOPICS", "an option was chosen twice"));
    }

    @Test
    void freeTextHasALimit() {
        Answers answers = complete().with("SUPERVISOR", "yes").with("SUPERVISOR_DETAIL", "x".repeat(4001));

        assertThat(problems(answers))
                .containsExactly(new AnswerProblem("SUPERVISOR_DETAIL", "must be at most 4000 characters"));
    }

    @Test
    void answersToItemsTheInstrumentDoesNotHaveAreReported() {
        assertThat(problems(complete().with("SHOE_SIZE", "9")))
                .containsExactly(new AnswerProblem("SHOE_SIZE", "is not an item of TEST-ALL v1"));
    }

    @Test
    void anItemCanCheckItsOwnAnswerIncludingItsCondition() {
        Item detail = instrument.item("SUPERVISOR_DETAIL").orElseThrow();

        assertThat(detail.problemWith(complete().with("SUPERVISOR", "yes"))).contains("an answer is required");
        assertThat(detail.problemWith(complete())).isEmpty();
    }

    @Test
    void anItemBehindAHiddenItemIsHiddenToo() {
        Instrument chained = everyItemType();
        chained.getSections()
                .get(1)
                .add(Item.yesNo("TOLD_SOMEONE", "Have you told anyone?")
                        .showOnlyIf(Condition.when("SUPERVISOR", AnswerPredicate.equalTo("yes"))));
        chained.getSections()
                .get(1)
                .add(Item.freeText("WHO", "Who did you tell?")
                        .answerRequired(true)
                        .showOnlyIf(Condition.when("TOLD_SOMEONE", AnswerPredicate.equalTo("yes"))));
        // TOLD_SOMEONE is answered but hidden, so WHO stays hidden even though the answer says yes.
        Answers answers = complete().with("TOLD_SOMEONE", "yes");

        assertThat(chained.isShown(chained.item("WHO").orElseThrow(), answers)).isFalse();
        assertThat(chained.validate(answers))
                .containsExactly(new AnswerProblem(
                        "TOLD_SOMEONE", "must be left blank: it applies only when SUPERVISOR is yes"));
    }
}
