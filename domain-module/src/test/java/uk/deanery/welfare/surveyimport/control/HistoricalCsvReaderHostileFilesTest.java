package uk.deanery.welfare.surveyimport.control;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.ImportFault;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveys.SurveyFixtures;

/**
 * The defects found by trying the historical survey reader on malformed and hostile files (issue 14), each with its
 * minimal input.
 */
class HistoricalCsvReaderHostileFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER = "respondent_id,programme,intake_year,wave_kind,wave_date,rotation,"
            + "TOPICS,SUPERVISOR,SUPERVISOR_DETAIL\n";

    private final HistoricalCsvReader reader = new HistoricalCsvReader(SurveyFixtures.everyItemType(), TODAY);

    private HistoricalCsvReader.Result read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8), ImportCharset.UTF_8);
    }

    private HistoricalCsvReader.Result read(byte[] csv, ImportCharset charset) {
        return assertTimeoutPreemptively(
                ofSeconds(10), () -> reader.read(new ByteArrayInputStream(csv), charset, new ImportProgress()));
    }

    private static void assertOneProblem(HistoricalCsvReader.Result result, int row, String column, String part) {
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(row);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.reason()).contains(part).hasSizeLessThan(300);
            assertThat(ImportFault.isFault(problem.reason())).isFalse();
        });
    }

    @Test
    void aChoiceAnswerWithAnApostropheIsNotLeakedIntoTheProblem() {
        HistoricalCsvReader.Result result = read(HEADER + "R1,YH-IMT,2021,baseline,2021-07-20,,it's HOUSING,no,\n");

        assertOneProblem(result, 2, "TOPICS", "the answer is not one of the options");
        assertThat(result.problems().get(0).reason()).doesNotContain("HOUSING").doesNotContain("it's");
    }

    @Test
    void aFreeTextAnswerMayHoldLineBreaksButNoOtherControlCharacter() {
        HistoricalCsvReader.Result lines =
                read(HEADER + "R1,YH-IMT,2021,baseline,2021-07-20,,ROTA,yes,\"Hard to reach;\nnever replies\"\n");
        HistoricalCsvReader.Result bell = read(HEADER + "R1,YH-IMT,2021,baseline,2021-07-20,,ROTA,yes,ring\u0007\n");

        assertThat(lines.problems()).isEmpty();
        assertThat(lines.rows().get(0).answers().valuesOf("SUPERVISOR_DETAIL"))
                .containsExactly("Hard to reach;\nnever replies");
        assertOneProblem(bell, 2, "SUPERVISOR_DETAIL", "control character U+0007");
    }

    @Test
    void anAnswerInWindows1252IsRefusedAsUtf8AndReadExactlyWhenChosen() {
        byte[] bytes = (HEADER + "R1,YH-IMT,2021,baseline,2021-07-20,,ROTA,yes,\u00a3200 a month for the rota\n")
                .getBytes(Charset.forName("windows-1252"));

        HistoricalCsvReader.Result asUtf8 = read(bytes, ImportCharset.UTF_8);
        HistoricalCsvReader.Result asWindows1252 = read(bytes, ImportCharset.WINDOWS_1252);

        assertOneProblem(asUtf8, 2, "SUPERVISOR_DETAIL", "is not UTF-8 text (byte 0xA3 at line 2");
        assertThat(asWindows1252.problems()).isEmpty();
        assertThat(asWindows1252.rows().get(0).answers().valuesOf("SUPERVISOR_DETAIL"))
                .containsExactly("\u00a3200 a month for the rota");
    }

    @Test
    void aRotationInFullWidthDigitsIsAProblem() {
        assertOneProblem(
                read(HEADER + "R1,YH-IMT,2021,follow_up,2021-12-01,\uff11,ROTA,no,\n"), 2, "rotation", "digits 0 to 9");
    }

    @Test
    void aRoundHeldYearsBeforeItsCohortStartedIsAProblem() {
        assertOneProblem(
                read(HEADER + "R1,YH-IMT,2021,baseline,1990-07-20,,ROTA,no,\n"), 2, "wave_date", "2020 to 2031");
    }

    @Test
    void aRaggedRowIsAProblemRatherThanAnswersReadAsBlank() {
        assertOneProblem(read(HEADER + "R1,YH-IMT,2021,baseline,2021-07-20,,IMT\n"), 2, "row", "has 7 fields");
    }

    @Test
    void brokenQuotingInTheHeaderIsAProblemNotAnException() {
        assertOneProblem(read("\"respondent_id\"x" + HEADER.substring(13)), 1, "header", "after the closing quote");
        assertOneProblem(read("\"respondent_id" + HEADER.substring(13)), 1, "header", "never closes");
    }
}
