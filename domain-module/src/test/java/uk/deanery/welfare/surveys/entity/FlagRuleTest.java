package uk.deanery.welfare.surveys.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.deanery.welfare.surveys.SurveyFixtures.AGREEMENT;
import static uk.deanery.welfare.surveys.SurveyFixtures.everyItemType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.shared.InvalidValueException;

class FlagRuleTest {

    private final Instrument instrument = everyItemType();

    @Test
    void answersThatMatchRulesRaiseTheirCategoriesInItemOrder() {
        Answers answers = Answers.of(Map.of(
                "PROGRAMME", "IMT",
                "ANXIETY", "4",
                "SUPERVISOR", "yes",
                "SUPERVISOR_DETAIL", "No meeting yet",
                "TOPICS", List.of("HOUSING", "PORTFOLIO")));

        assertThat(instrument.flags(answers))
                .containsExactly(
                        new Flag("ANXIETY", "ANXIETY_STARTING"),
                        new Flag("SUPERVISOR", "SUPERVISOR_ACCESS"),
                        new Flag("TOPICS", "E_PORTFOLIO"),
                        new Flag("TOPICS", "LIFE_IN_UK"));
    }

    @Test
    void answersBelowTheThresholdOrBlankRaiseNothing() {
        assertThat(instrument.flags(Answers.of(Map.of("ANXIETY", "3", "SUPERVISOR", "no", "TOPICS", "ROTA"))))
                .isEmpty();
        assertThat(instrument.flags(Answers.none())).isEmpty();
    }

    @Test
    void anItemThatIsNotShownRaisesNothing() {
        Instrument conditional = new Instrument("COND", "Conditional flag");
        Section section = conditional.addSection("Only");
        section.add(Item.yesNo("IMG", "Did you qualify outside the UK?"));
        section.add(Item.likert5("LIFE", "I am struggling with life in the UK", AGREEMENT)
                .showOnlyIf(Condition.when("IMG", AnswerPredicate.equalTo("yes")))
                .flag(AnswerPredicate.atLeast(4), "LIFE_IN_UK"));

        assertThat(conditional.flags(Answers.of(Map.of("IMG", "no", "LIFE", "5"))))
                .isEmpty();
        assertThat(conditional.flags(Answers.of(Map.of("IMG", "yes", "LIFE", "5"))))
                .containsExactly(new Flag("LIFE", "LIFE_IN_UK"));
    }

    @Test
    void indicatorsCountEveryAnsweredRuleItemMetOrNotAndAgreeWithTheFlags() {
        Answers answers = Answers.of(Map.of(
                "PROGRAMME", "IMT",
                "ANXIETY", "2",
                "SUPERVISOR", "yes",
                "TOPICS", List.of("HOUSING", "ROTA")));

        assertThat(instrument.indicators(answers))
                .containsExactlyInAnyOrder(
                        new ResponseIndicator("ANXIETY", "ANXIETY_STARTING", false),
                        new ResponseIndicator("SUPERVISOR", "SUPERVISOR_ACCESS", true),
                        new ResponseIndicator("TOPICS", "E_PORTFOLIO", false),
                        new ResponseIndicator("TOPICS", "LIFE_IN_UK", true));
        assertThat(instrument.indicators(answers).stream()
                        .filter(ResponseIndicator::isMet)
                        .map(i -> new Flag(i.getItemCode(), i.getCategoryCode())))
                .containsExactlyInAnyOrderElementsOf(instrument.flags(answers));
    }

    @Test
    void aBlankOrHiddenItemIsOutOfNumeratorAndDenominator() {
        assertThat(instrument.indicators(Answers.of(Map.of("PROGRAMME", "IMT"))))
                .isEmpty();

        Instrument conditional = new Instrument("COND", "Conditional flag");
        Section section = conditional.addSection("Only");
        section.add(Item.yesNo("IMG", "Did you qualify outside the UK?"));
        section.add(Item.likert5("LIFE", "I am struggling with life in the UK", AGREEMENT)
                .showOnlyIf(Condition.when("IMG", AnswerPredicate.equalTo("yes")))
                .flag(AnswerPredicate.atLeast(4), "LIFE_IN_UK"));
        assertThat(conditional.indicators(Answers.of(Map.of("IMG", "no", "LIFE", "5"))))
                .isEmpty();
        assertThat(conditional.indicators(Answers.of(Map.of("IMG", "yes", "LIFE", "2"))))
                .containsExactly(new ResponseIndicator("LIFE", "LIFE_IN_UK", false));
    }

    @Test
    void twoRulesOfOneItemForOneCategoryAreOneIndicator() {
        Instrument two = new Instrument("TWO", "Two rules");
        two.addSection("S")
                .add(Item.likert5("WORK", "My workload is manageable", AGREEMENT)
                        .flag(AnswerPredicate.atMost(1), "WORKLOAD")
                        .flag(AnswerPredicate.equalTo("5"), "WORKLOAD"));

        assertThat(two.indicators(Answers.of(Map.of("WORK", "5"))))
                .containsExactly(new ResponseIndicator("WORK", "WORKLOAD", true));
        assertThat(two.indicators(Answers.of(Map.of("WORK", "3"))))
                .containsExactly(new ResponseIndicator("WORK", "WORKLOAD", false));
    }

    @Test
    void onlyClosedItemsCarryRules() {
        assertThatThrownBy(() -> Item.freeText("T", "t").flag(AnswerPredicate.equalTo("x"), "WORKLOAD"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getReason())
                        .isEqualTo("only a closed item (yes/no, Likert, choice) can carry a flag rule"));
        assertThatThrownBy(() -> Item.number("N", "n", null, null).flag(AnswerPredicate.atLeast(60), "WORKLOAD"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aRuleMustTestAnswersTheItemCanHave() {
        Item yesNo = Item.yesNo("Q", "q");
        assertThatThrownBy(() -> yesNo.flag(AnswerPredicate.atLeast(4), "WORKLOAD"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("when");
                    assertThat(e.getReason()).isEqualTo("AT_LEAST needs a LIKERT_5 or NUMBER item, Q is YES_NO");
                });
        assertThatThrownBy(() -> Item.likert5("L", "l", AGREEMENT).flag(AnswerPredicate.in("4", "6"), "WORKLOAD"))
                .hasMessageContaining("'6' can never be an answer to L");
        assertThatThrownBy(() -> yesNo.flag(AnswerPredicate.equalTo("yes"), "not a code"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("category"));
    }

    @Test
    void atMostMatchesLowLikertAnswers() {
        Item confidence = Item.likert5("CONFIDENCE", "I am confident with the e-portfolio", AGREEMENT)
                .flag(AnswerPredicate.atMost(2), "E_PORTFOLIO");
        Instrument one = new Instrument("ONE", "One");
        one.addSection("S").add(confidence);

        assertThat(one.flags(Answers.of(Map.of("CONFIDENCE", "2")))).hasSize(1);
        assertThat(one.flags(Answers.of(Map.of("CONFIDENCE", "3")))).isEmpty();
    }

    @Test
    void predicatesCompareNumbersByValueAndTextIgnoringCase() {
        assertThat(AnswerPredicate.equalTo("4").matches(List.of("4.0"))).isTrue();
        assertThat(AnswerPredicate.equalTo("yes").matches(List.of("YES"))).isTrue();
        assertThat(AnswerPredicate.atLeast(new BigDecimal("37.5")).matches(List.of("40")))
                .isTrue();
        assertThat(AnswerPredicate.atLeast(4).matches(List.of("four"))).isFalse();
        assertThat(AnswerPredicate.in("A", "B").matches(List.of())).isFalse();
        assertThatThrownBy(() -> AnswerPredicate.in("A", "a")).hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> new AnswerPredicate(PredicateOperator.AT_LEAST, List.of("high")))
                .hasMessageContaining("needs a number");
    }

    @Test
    void itemDefinitionsAreChecked() {
        assertThatThrownBy(() -> Item.likert5("L", "l", List.of("a", "b")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.getField()).isEqualTo("labels");
                    assertThat(e.getReason()).isEqualTo("a LIKERT_5 item needs exactly 5 labels, got 2");
                });
        assertThatThrownBy(() -> Item.singleChoice("S", "s", List.of(ItemOption.of("A", "a"))))
                .hasMessageContaining("needs 2 to 50 options, got 1");
        assertThatThrownBy(() -> Item.singleChoice("S", "s", List.of(ItemOption.of("A", "a"), ItemOption.of("a", "b"))))
                .hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> Item.define("Y", "y", ItemType.YES_NO, List.of(ItemOption.of("A", "a")), null, null))
                .hasMessage("options: a YES_NO item has no options");
        assertThatThrownBy(() -> Item.number("N", "n", BigDecimal.TEN, BigDecimal.ONE))
                .hasMessage("max: must not be below min 10");
        assertThatThrownBy(() -> Item.yesNo("1ST", "q"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getField())
                        .isEqualTo("code"));
        assertThat(Item.yesNo("first_post", "q").getCode()).isEqualTo("FIRST_POST");
    }
}
