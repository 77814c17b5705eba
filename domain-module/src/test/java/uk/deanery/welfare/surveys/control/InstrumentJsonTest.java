package uk.deanery.welfare.surveys.control;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.deanery.welfare.surveys.SurveyFixtures.CATEGORY_CODES;
import static uk.deanery.welfare.surveys.SurveyFixtures.everyItemType;

import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveys.control.InstrumentJson.Result;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.InstrumentStatus;

class InstrumentJsonTest {

    private final InstrumentJson json = new InstrumentJson();

    private Result read(String text) {
        return json.read(text.replace('\'', '"'), CATEGORY_CODES);
    }

    private static String item(String body) {
        return "{'format': 'welfare-instrument/1', 'code': 'T', 'version': 1, 'title': 'T', 'sections': [{'title': 'S',"
                + " 'items': [" + body + "]}]}";
    }

    @Test
    void exportThenImportGivesTheSameInstrumentAsADraft() {
        Instrument original = everyItemType();
        original.publish();

        String exported = json.write(original);
        Result result = json.read(exported, CATEGORY_CODES);

        assertThat(result.problems()).isEmpty();
        Instrument imported = result.instrument().orElseThrow();
        assertThat(imported).isEqualTo(original);
        assertThat(imported.getStatus()).isEqualTo(InstrumentStatus.DRAFT);
        assertThat(imported.sameContentAs(original)).isTrue();
        imported.publish();
        assertThat(json.write(imported)).isEqualTo(exported);
    }

    @Test
    void theExportHasTheDocumentedShape() {
        String exported = json.write(everyItemType());

        assertThat(exported)
                .contains("\"format\": \"welfare-instrument/1\"")
                .contains("\"status\": \"DRAFT\"")
                .contains("\"labels\": [")
                .contains("\"showIf\": {")
                .contains("\"item\": \"SUPERVISOR\"")
                .contains("\"atLeast\": 4")
                .contains("\"max\": 100.5")
                .contains("\"category\": \"SUPERVISOR_ACCESS\"");
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        Result result = read("{'format': 'welfare-instrument/2', 'code': 'BAD CODE', 'version': 1.5, 'sections': ["
                + "{'title': 'First', 'items': ["
                + "  {'code': 'Q1', 'type': 'YES_NO', 'text': 'One?', 'requried': true},"
                + "  {'code': 'Q2', 'type': 'LIKERT_5', 'text': 'Two?', 'labels': ['a', 'b', 'c']}"
                + "]},"
                + "{'title': 'Second', 'items': ["
                + "  {'code': 'Q3', 'type': 'SINGLE_CHOICE', 'text': 'Three?', 'options': [{'value': 'A', 'label': 'a'}]},"
                + "  {'code': 'Q4', 'type': 'NUMBER', 'text': 'Four?', 'min': 'zero'},"
                + "  {'code': 'Q5', 'type': 'YES_NO', 'text': 'Five?', 'flags': [{'when': {'equals': 'yes'},"
                + "     'category': 'HAPPINESS'}]},"
                + "  {'code': 'Q6', 'type': 'LIKRT_5', 'text': 'Six?'},"
                + "  {'code': 'Q7', 'type': 'FREE_TEXT', 'text': 'Seven?', 'showIf': {'item': 'Q8', 'equals': 'yes'}},"
                + "  {'code': 'Q8', 'type': 'YES_NO', 'text': 'Eight?', 'showIf': {'item': 'Q1', 'equals': 'maybe'}},"
                + "  {'code': 'q1', 'type': 'YES_NO', 'text': 'Again?', 'flags': [{'when': {'atLeast': 4},"
                + "     'category': 'WORKLOAD'}]}"
                + "]}]}");

        assertThat(result.instrument()).isEmpty();
        assertThat(result.problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly(
                        "$.format: unsupported format 'welfare-instrument/2'; expected 'welfare-instrument/1'",
                        "$.title: is required",
                        "$.version: must be a whole number",
                        "$.sections[0].items[0].requried: unknown key",
                        "$.sections[0].items[1].labels: a LIKERT_5 item needs exactly 5 labels, got 3",
                        "$.sections[1].items[0].options: a SINGLE_CHOICE item needs 2 to 50 options, got 1",
                        "$.sections[1].items[1].min: must be a number",
                        "$.sections[1].items[2].flags[0].category: unknown concern category 'HAPPINESS'; expected one"
                                + " of ANXIETY_STARTING, COMMUNICATION_SKILLS, DISCRIMINATION_BULLYING,"
                                + " EDUCATIONAL_BARRIERS, E_PORTFOLIO, LIFE_IN_UK, SUPERVISOR_ACCESS,"
                                + " WELLBEING_BURNOUT, WORKLOAD",
                        "$.sections[1].items[3].type: unknown type 'LIKRT_5'; expected one of YES_NO, LIKERT_5,"
                                + " SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, FREE_TEXT",
                        "$.sections[1].items[6].flags[0].when: AT_LEAST needs a LIKERT_5 or NUMBER item, Q1 is"
                                + " YES_NO");
    }

    @Test
    void crossReferencesAreCheckedOnceTheInstrumentItselfIsReadable() {
        Result result = read(
                item(
                        "{'code': 'Q1', 'type': 'YES_NO', 'text': 'One?'},"
                                + "{'code': 'Q7', 'type': 'FREE_TEXT', 'text': 'Seven?', 'showIf': {'item': 'Q8', 'equals': 'yes'}},"
                                + "{'code': 'Q8', 'type': 'YES_NO', 'text': 'Eight?', 'showIf': {'item': 'Q1', 'equals': 'maybe'}},"
                                + "{'code': 'q1', 'type': 'YES_NO', 'text': 'Again?',"
                                + "   'flags': [{'when': {'atLeast': 4}, 'category': 'WORKLOAD'}]},"
                                + "{'code': 'Q9', 'type': 'YES_NO', 'text': 'Nine?', 'showIf': {'item': 'Q1', 'in': ['yes'], 'equals': 'no'}}"));

        assertThat(result.problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly(
                        "$.sections[0].items[1].showIf.item: the instrument has no item Q8 before Q7",
                        "$.sections[0].items[2].showIf: 'maybe' can never be an answer to Q1: must be yes or no",
                        "$.sections[0].items[3].flags[0].when: AT_LEAST needs a LIKERT_5 or NUMBER item, Q1 is YES_NO",
                        "$.sections[0].items[4].showIf: needs exactly one of equals, in, atLeast, atMost, found"
                                + " equals, in");
    }

    @Test
    void aDuplicateItemCodeIsReportedAtTheSecondItem() {
        Result result = read(item("{'code': 'Q1', 'type': 'YES_NO', 'text': 'One?'},"
                + "{'code': 'q1', 'type': 'YES_NO', 'text': 'Again?'}"));

        assertThat(result.problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly("$.sections[0].items[1].code: the instrument already has an item Q1");
    }

    @Test
    void aConditionOnABrokenItemAddsNoSecondProblem() {
        Result result = read(item("{'code': 'Q1', 'type': 'YES_NOPE', 'text': 'One?'},"
                + "{'code': 'Q2', 'type': 'FREE_TEXT', 'text': 'Why?', 'showIf': {'item': 'Q1', 'equals': 'yes'}}"));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("$.sections[0].items[0].type"));
    }

    @Test
    void wrongJsonTypesAreReportedNotThrown() {
        Result result = read("{'format': 'welfare-instrument/1', 'code': 7, 'version': 1, 'title': 'T',"
                + " 'sections': {'title': 'S'}}");

        assertThat(result.problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly("$.code: must be a string", "$.sections: must be an array");
    }

    @Test
    void emptySectionsAndMissingItemFieldsAreReported() {
        Result result = read("{'format': 'welfare-instrument/1', 'code': 'T', 'version': 1, 'title': 'T', 'sections': ["
                + "{'title': 'Empty', 'items': []}, {'title': 'Other', 'items': [{'type': 'YES_NO'}, 'text']}]}");

        assertThat(result.problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly(
                        "$.sections[0].items: a section needs at least one item",
                        "$.sections[1].items[0].code: is required",
                        "$.sections[1].items[0].text: is required",
                        "$.sections[1].items[1]: must be an object");
    }

    @Test
    void textThatIsNotJsonIsOneProblemAtTheRoot() {
        Result result = json.read("{\"format\": ", CATEGORY_CODES);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.reason()).startsWith("not valid JSON");
        });
        assertThat(json.read("[1, 2]", CATEGORY_CODES).problems())
                .extracting(InstrumentProblem::toString)
                .containsExactly("$: must be an object");
    }

    @Test
    void numbersInTestsMayBeWrittenAsStringsOrNumbers() {
        Result result = read(item("{'code': 'L', 'type': 'LIKERT_5', 'text': 'l', 'labels': ['1', '2', '3', '4', '5'],"
                + " 'flags': [{'when': {'in': [4, '5']}, 'category': 'WORKLOAD'}]}"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.instrument().orElseThrow().item("L").orElseThrow().getFlagRules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.getWhen().values()).containsExactly("4", "5"));
    }
}
