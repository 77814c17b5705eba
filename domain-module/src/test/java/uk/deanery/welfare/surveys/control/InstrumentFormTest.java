package uk.deanery.welfare.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.deanery.welfare.surveys.SurveyFixtures.CATEGORY_CODES;
import static uk.deanery.welfare.surveys.SurveyFixtures.everyItemType;

import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveys.control.InstrumentForm.FlagForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.ItemForm;
import uk.deanery.welfare.surveys.control.InstrumentForm.SectionForm;
import uk.deanery.welfare.surveys.control.InstrumentJson.Result;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.PredicateOperator;

class InstrumentFormTest {

    private final InstrumentJson json = new InstrumentJson();

    private Result read(InstrumentForm form) {
        return json.read(form.toJson().toString(), CATEGORY_CODES);
    }

    /** A form for a new draft with one section holding one yes/no item. */
    private static InstrumentForm oneQuestion() {
        InstrumentForm form = new InstrumentForm("PULSE", 1, 1);
        form.setTitle("Pulse check");
        SectionForm section = form.addSection();
        section.setTitle("Now");
        ItemForm item = section.addItem();
        item.setCode("SUPPORTED");
        item.setText("Do you feel supported?");
        return form;
    }

    @Test
    void anUntouchedFormWritesTheSameInstrumentItWasMadeFrom() {
        Instrument original = everyItemType();

        Result result = read(InstrumentForm.of(original));

        assertThat(result.problems()).isEmpty();
        assertThat(result.instrument().orElseThrow().sameContentAs(original)).isTrue();
    }

    @Test
    void aYesNoItemWithAFlagRuleReadsBackAsTyped() {
        InstrumentForm form = oneQuestion();
        ItemForm item = form.getSections().get(0).getItems().get(0);
        item.setRequired(true);
        FlagForm flag = item.addFlag();
        flag.setValues(" no ");
        flag.setCategory("WELLBEING_BURNOUT");

        Instrument read = read(form).instrument().orElseThrow();

        assertThat(read.item("SUPPORTED").orElseThrow().isRequired()).isTrue();
        assertThat(read.item("SUPPORTED").orElseThrow().getFlagRules())
                .singleElement()
                .hasToString("is no -> WELLBEING_BURNOUT");
    }

    @Test
    void blankFieldsAreEachReportedAsRequiredAtTheirPath() {
        InstrumentForm form = oneQuestion();
        form.setTitle(" ");
        ItemForm item = form.getSections().get(0).getItems().get(0);
        item.setCode("");
        item.setText(null);
        item.addFlag().setValues("yes");

        assertThat(read(form).problems())
                .extracting(InstrumentProblem::toString)
                .containsExactlyInAnyOrder(
                        "$.title: is required",
                        "$.sections[0].items[0].code: is required",
                        "$.sections[0].items[0].text: is required",
                        "$.sections[0].items[0].flags[0].category: is required");
    }

    @Test
    void whatIsNotANumberIsReportedAsNotANumber() {
        InstrumentForm form = oneQuestion();
        ItemForm item = form.getSections().get(0).getItems().get(0);
        item.setType(ItemType.NUMBER);
        item.setMin("ten");
        item.setMax("20");

        assertThat(read(form).problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly("$.sections[0].items[0].min: must be a number");
    }

    @Test
    void onlyTheFieldsOfTheCurrentTypeAreWrittenButTheOthersAreKept() {
        InstrumentForm form = oneQuestion();
        ItemForm item = form.getSections().get(0).getItems().get(0);
        item.setType(ItemType.NUMBER);
        item.setMin("5");
        item.setType(ItemType.YES_NO);

        assertThat(read(form).problems()).isEmpty();
        assertThat(item.getMin()).isEqualTo("5");
    }

    @Test
    void oneOfTakesValuesSeparatedByCommas() {
        InstrumentForm form = oneQuestion();
        SectionForm section = form.getSections().get(0);
        ItemForm choice = section.addItem();
        choice.setCode("GRADE");
        choice.setText("Grade?");
        choice.setType(ItemType.SINGLE_CHOICE);
        choice.getOptions().get(0).setValue("F1");
        choice.getOptions().get(0).setLabel("Foundation 1");
        choice.getOptions().get(1).setValue("F2");
        choice.getOptions().get(1).setLabel("Foundation 2");
        choice.setConditionItem("supported");
        choice.setConditionValues("yes");
        FlagForm flag = choice.addFlag();
        flag.setOperator(PredicateOperator.IN);
        flag.setValues("F1, f2");
        flag.setCategory("WORKLOAD");

        Instrument read = read(form).instrument().orElseThrow();

        assertThat(read.item("GRADE")
                        .orElseThrow()
                        .getFlagRules()
                        .get(0)
                        .getWhen()
                        .values())
                .containsExactly("F1", "f2");
        assertThat(read.item("GRADE").orElseThrow().getCondition().orElseThrow())
                .hasToString("SUPPORTED is yes");
    }

    @Test
    void sectionsAndItemsMoveUpAndDownAndPathsFollowThem() {
        InstrumentForm form = oneQuestion();
        SectionForm first = form.getSections().get(0);
        SectionForm second = form.addSection();
        ItemForm a = first.getItems().get(0);
        ItemForm b = first.addItem();

        form.moveUp(second);
        first.moveDown(a);
        form.moveUp(second);

        assertThat(form.getSections()).containsExactly(second, first);
        assertThat(first.getItems()).containsExactly(b, a);
        assertThat(form.pathOf(a)).isEqualTo("$.sections[1].items[1]");
        assertThat(form.isFirst(second)).isTrue();
        assertThat(first.isLast(a)).isTrue();
    }

    @Test
    void removingARowRemovesThatRowEvenIfAnotherLooksTheSame() {
        InstrumentForm form = oneQuestion();
        SectionForm section = form.getSections().get(0);
        ItemForm blank1 = section.addItem();
        ItemForm blank2 = section.addItem();

        section.remove(blank2);

        assertThat(section.getItems()).hasSize(2).last().isSameAs(blank1);
    }

    @Test
    void problemPathsAreDescribedInTheEditorsWords() {
        InstrumentForm form = oneQuestion();

        assertThat(form.describe("$.sections[0].items[0].flags[1].when"))
                .isEqualTo("Section 1, item 1 (SUPPORTED), flag rule 2, test");
        assertThat(form.describe("$.sections[0].items[0].text"))
                .isEqualTo("Section 1, item 1 (SUPPORTED), question text");
        assertThat(form.describe("$.title")).isEqualTo("title");
        assertThat(form.describe("$")).isEqualTo("Instrument");
    }
}
