package uk.deanery.welfare.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import uk.deanery.welfare.surveys.entity.AnswerPredicate;
import uk.deanery.welfare.surveys.entity.Condition;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemOption;
import uk.deanery.welfare.surveys.entity.Section;

/** Instruments for unit tests; every call builds a fresh one so tests share no state. */
public final class SurveyFixtures {

    /** The concern category codes migration V2 loads. */
    public static final Set<String> CATEGORY_CODES = Set.of(
            "ANXIETY_STARTING",
            "COMMUNICATION_SKILLS",
            "E_PORTFOLIO",
            "SUPERVISOR_ACCESS",
            "LIFE_IN_UK",
            "DISCRIMINATION_BULLYING",
            "EDUCATIONAL_BARRIERS",
            "WORKLOAD",
            "WELLBEING_BURNOUT");

    public static final List<String> AGREEMENT =
            List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree");

    private SurveyFixtures() {}

    /** A draft with every item type, a condition, and flag rules on yes/no, Likert and choice items. */
    public static Instrument everyItemType() {
        Instrument instrument = new Instrument("TEST-ALL", "Every item type");
        instrument.introduce("Thank you for taking part.");
        Section first = instrument.addSection("Starting");
        first.add(Item.singleChoice(
                        "PROGRAMME",
                        "Which programme?",
                        List.of(ItemOption.of("IMT", "Internal Medicine"), ItemOption.of("GP", "General Practice")))
                .answerRequired(true));
        first.add(Item.likert5("ANXIETY", "I feel anxious about starting", AGREEMENT)
                .answerRequired(true)
                .flag(AnswerPredicate.atLeast(4), "ANXIETY_STARTING"));
        first.add(Item.number("HOURS", "Hours worked last week", BigDecimal.ZERO, new BigDecimal("100.5"))
                .withHelpText("Include on-call hours."));
        Section second = instrument.addSection("Supervision");
        second.add(Item.yesNo("SUPERVISOR", "I find it difficult to reach my educational supervisor")
                .answerRequired(true)
                .flag(AnswerPredicate.equalTo("yes"), "SUPERVISOR_ACCESS"));
        second.add(Item.freeText("SUPERVISOR_DETAIL", "What makes it difficult?")
                .answerRequired(true)
                .showOnlyIf(Condition.when("SUPERVISOR", AnswerPredicate.equalTo("yes"))));
        second.add(Item.multipleChoice(
                        "TOPICS",
                        "Which topics worry you?",
                        List.of(
                                ItemOption.of("PORTFOLIO", "The e-portfolio"),
                                ItemOption.of("ROTA", "The rota"),
                                ItemOption.of("HOUSING", "Housing")))
                .flag(AnswerPredicate.in("PORTFOLIO"), "E_PORTFOLIO")
                .flag(AnswerPredicate.in("HOUSING"), "LIFE_IN_UK"));
        return instrument;
    }
}
