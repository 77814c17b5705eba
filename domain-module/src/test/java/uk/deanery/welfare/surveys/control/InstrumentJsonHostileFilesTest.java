package uk.deanery.welfare.surveys.control;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.deanery.welfare.surveys.SurveyFixtures.CATEGORY_CODES;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.shared.ImportFault;
import uk.deanery.welfare.surveys.control.InstrumentJson.Result;

/**
 * The defects found by trying the instrument reader on malformed and hostile files (issue 14), each with its minimal
 * input: every one now gives a short problem at once, and none an exception, a hang or a lost value.
 */
class InstrumentJsonHostileFilesTest {

    private static final String NUMBER_ITEM = "{'code': 'HOURS', 'type': 'NUMBER', 'text': 'Hours?'%s}";
    private final InstrumentJson json = new InstrumentJson();

    private static String instrument(String rootExtra, String item) {
        return ("{'format': 'welfare-instrument/1', 'code': 'T', 'version': 1, 'title': 'T'" + rootExtra
                        + ", 'sections': [{'title': 'S', 'items': [" + item + "]}]}")
                .replace('\'', '"');
    }

    private static String numberItem(String extra) {
        return String.format(NUMBER_ITEM, extra);
    }

    /** Reads with a hang guard: a reader that takes seconds on a few bytes is a defect, whatever it answers. */
    private Result read(String text) {
        return assertTimeoutPreemptively(ofSeconds(10), () -> json.read(text, CATEGORY_CODES));
    }

    private Result read(byte[] bytes) {
        return assertTimeoutPreemptively(
                ofSeconds(10), () -> json.read(new ByteArrayInputStream(bytes), CATEGORY_CODES));
    }

    private static void assertOneShortProblem(Result result, String path, String reasonPart) {
        assertThat(result.instrument()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.reason()).contains(reasonPart).hasSizeLessThan(200);
            assertThat(ImportFault.isFault(problem.reason())).isFalse();
        });
    }

    @Test
    void aValidInstrumentStillReads() {
        Result result = read(instrument("", numberItem(", 'min': 0, 'max': 1e2")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.instrument().orElseThrow().item("HOURS").orElseThrow().getMax())
                .hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("100"));
    }

    @Test
    void aHugeExponentIsRefusedAtOnceInsteadOfTakingSecondsOrThrowing() {
        assertOneShortProblem(
                read(instrument("", numberItem(", 'min': 1e10000000"))),
                "$.sections[0].items[0].min",
                "too large or too precise");
        assertOneShortProblem(
                read(instrument("", numberItem(", 'min': 1e999999999"))),
                "$.sections[0].items[0].min",
                "too large or too precise");
        assertOneShortProblem(
                read(instrument("", numberItem(", 'min': 1e-999999999"))),
                "$.sections[0].items[0].min",
                "too large or too precise");
        assertOneShortProblem(
                read(instrument("", numberItem(", 'min': 1e99999999999"))),
                "$.sections[0].items[0].min",
                "too large or too precise");
    }

    @Test
    void aHugeExponentInAConditionNeitherExhaustsTheHeapNorGivesAHugeMessage() {
        String item = "{'code': 'MOOD', 'type': 'LIKERT_5', 'text': 'Mood?', 'labels': ['1', '2', '3', '4', '5'],"
                + " 'flags': [{'when': {'atLeast': 1e999999999}, 'category': 'ANXIETY_STARTING'}]}";

        assertOneShortProblem(
                read(instrument("", item)), "$.sections[0].items[0].flags[0].when.atLeast", "too large or too precise");
    }

    @Test
    void aNumberOfMoreThan1100DigitsIsAProblemNotAnUnsupportedOperation() {
        assertOneShortProblem(
                read(instrument("", numberItem(", 'max': " + "9".repeat(1_200)))),
                "$.sections[0].items[0].max",
                "more than 40 characters");
    }

    @Test
    void nestingDeeperThanTheFormatIsAProblemNotAParserCrash() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);

        Result result = read(instrument(", 'introduction': " + deep, numberItem("")));

        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.reason())
                .startsWith("nests objects and arrays more than 20 deep"));
    }

    @Test
    void aKeyGivenTwiceIsAProblemRatherThanTheLastValueWinning() {
        String twice = "{\"format\": \"welfare-instrument/1\", \"code\": \"T\", \"version\": 1, \"version\": 2,"
                + " \"title\": \"T\", \"sections\": []}";

        assertOneShortProblem(read(twice), "$.version", "given twice");
    }

    @Test
    void contentAfterTheDocumentIsAProblem() {
        assertOneShortProblem(read(instrument("", numberItem("")) + " {\"code\": \"X\"}"), "$", "more after the end");
        assertOneShortProblem(read(instrument("", numberItem("")) + " ]"), "$", "more after the end");
    }

    @Test
    void aLoneSurrogateOrANulInATitleIsAProblem() {
        Result surrogate = read(instrument("", numberItem("")).replace("\"title\": \"T\"", "\"title\": \"T\\ud800\""));
        Result nul = read(instrument("", numberItem("")).replace("\"title\": \"T\"", "\"title\": \"T\\u0000\""));
        Result bell = read(instrument("", numberItem("")).replace("\"title\": \"T\"", "\"title\": \"T\\u0007\""));

        assertOneShortProblem(surrogate, "$.title", "unpaired surrogate");
        assertOneShortProblem(nul, "$.title", "control character U+0000");
        assertOneShortProblem(bell, "$.title", "control character U+0007");
    }

    @Test
    void aLineBreakIsAllowedInAQuestionsTextButNotInACodeOrTitle() {
        Result inText = read(instrument("", numberItem("")).replace("\"Hours?\"", "\"Hours\\nworked?\""));
        Result inTitle = read(instrument("", numberItem("")).replace("\"title\": \"T\"", "\"title\": \"T\\nU\""));

        assertThat(inText.problems()).isEmpty();
        assertOneShortProblem(inTitle, "$.title", "line break");
    }

    @Test
    void aTitleOfOnlyInvisibleCharactersIsAProblem() {
        Result result = read(instrument("", numberItem("")).replace("\"title\": \"T\"", "\"title\": \"\\u200b\""));

        assertThat(result.instrument()).isEmpty();
        assertThat(result.problems())
                .anySatisfy(problem -> assertThat(problem.reason()).contains("no visible character"));
    }

    @Test
    void utf8WithAByteOrderMarkReadsAndBytesThatAreNotUtf8AreRefusedWithTheirPlace() throws Exception {
        byte[] text = instrument("", numberItem("")).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withMark.write(text);
        byte[] latin1 = instrument("", numberItem(""))
                .replace("\"Hours?\"", "\"\u00a3 per hour?\"")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(withMark.toByteArray()).problems()).isEmpty();
        assertOneShortProblem(read(latin1), "$", "byte 0xA3 at line 1, character");
    }

    @Test
    void aLongUnknownKeyOrValueIsShownOnlyByItsBeginning() {
        String longKey = "k".repeat(90);
        String longType = "T".repeat(5_000);

        Result unknownKey = read(instrument(", \"" + longKey + "\": 1", numberItem("")));
        Result unknownType = read(instrument("", numberItem("")).replace("\"NUMBER\"", "\"" + longType + "\""));

        assertThat(unknownKey.problems()).singleElement().satisfies(problem -> assertThat(problem.path())
                .hasSizeLessThan(50));
        assertThat(unknownType.problems()).singleElement().satisfies(problem -> assertThat(problem.reason())
                .hasSizeLessThan(200));
    }
}
