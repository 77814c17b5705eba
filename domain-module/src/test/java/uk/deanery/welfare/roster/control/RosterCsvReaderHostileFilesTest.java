package uk.deanery.welfare.roster.control;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.deanery.welfare.roster.control.RosterCsvReader.Result;
import uk.deanery.welfare.roster.entity.RosterProblem;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.ImportFault;

/**
 * The defects found by trying the roster reader on malformed and hostile files (issue 14), each with its minimal
 * input: each is now accepted with exactly its values or refused with a short problem naming row and column.
 */
class RosterCsvReaderHostileFilesTest {

    private static final String HEADER = "gmc_number,forenames,surname,email,pmq_country,first_nhs_post,programme,"
            + "intake_year,grade,start_date,end_date,supervisor\n";

    private final RosterCsvReader reader = new RosterCsvReader();

    private static String row(String surname, String country, String year, String start, String supervisor) {
        return "1000001,Adaeze," + surname + ",a@deanery.example," + country + ",yes,YH-IMT," + year + ",IMT1," + start
                + ",2029-08-07," + supervisor + "\n";
    }

    private static String goodRow() {
        return row("Okonkwo", "Nigeria", "2026", "2026-08-05", "7000001");
    }

    private Result read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8), ImportCharset.UTF_8);
    }

    /** Reads with a hang guard: a reader that takes seconds on a small file is a defect, whatever it answers. */
    private Result read(byte[] bytes, ImportCharset charset) {
        return assertTimeoutPreemptively(ofSeconds(10), () -> reader.read(new ByteArrayInputStream(bytes), charset));
    }

    private static void assertOneProblem(Result result, int row, String column, String reasonPart) {
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(row);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.reason()).contains(reasonPart).hasSizeLessThan(300);
            assertThat(ImportFault.isFault(problem.reason())).isFalse();
        });
    }

    @Test
    void aSupervisorOfManyDotsCannotHangTheServer() {
        String dots = "a@" + ".a".repeat(500_000) + "@";
        String underTheFieldLimit = "a@" + ".a".repeat(4_900) + "@";

        assertOneProblem(
                read(HEADER + row("Okonkwo", "Nigeria", "2026", "2026-08-05", dots)),
                2,
                "supervisor",
                "longer than 10000 characters");
        assertOneProblem(
                read(HEADER + row("Okonkwo", "Nigeria", "2026", "2026-08-05", underTheFieldLimit)),
                2,
                "supervisor",
                "must be a 7-digit GMC number or an email address, was 'a@.a.a");
    }

    @Test
    void brokenQuotingInTheHeaderIsAProblemNotAnException() {
        assertOneProblem(
                read("\"gmc_number\"x," + HEADER.substring(11) + goodRow()), 1, "header", "after the closing quote");
        assertOneProblem(read("\"gmc_number," + HEADER.substring(11) + goodRow()), 1, "header", "never closes");
    }

    @Test
    void windows1252BytesAreRefusedWithTheirPlaceAndReadWhenThatEncodingIsChosen() {
        byte[] bytes = (HEADER + row("Okonkwo", "\u00a3ondon", "2026", "2026-08-05", "7000001"))
                .getBytes(Charset.forName("windows-1252"));

        Result asUtf8 = read(bytes, ImportCharset.UTF_8);
        Result asWindows1252 = read(bytes, ImportCharset.WINDOWS_1252);

        assertOneProblem(asUtf8, 2, "pmq_country", "byte 0xA3 at line 2, character 42");
        assertThat(asUtf8.problems().get(0).reason())
                .contains("save the file as CSV UTF-8")
                .contains("Windows-1252");
        assertThat(asWindows1252.problems()).isEmpty();
        assertThat(asWindows1252.rows()).singleElement().satisfies(row -> assertThat(row.pmqCountry())
                .isEqualTo("\u00a3ondon"));
    }

    @Test
    void aByteWithNoWindows1252CharacterIsRefusedToo() {
        byte[] bytes = (HEADER + goodRow()).replace("Okonkwo", "Okonkwo\u0081").getBytes(StandardCharsets.ISO_8859_1);

        assertOneProblem(read(bytes, ImportCharset.WINDOWS_1252), 2, "surname", "byte 0x81");
    }

    /** Found by {@code RosterCsvReaderPropertiesTest}: the decoder was asked for more after its end, and threw. */
    @Test
    void anEmptyFileOfBytesIsAMissingHeaderInEitherEncoding() {
        assertOneProblem(read(new byte[0], ImportCharset.UTF_8), 1, "header", "the header row is missing");
        assertOneProblem(read(new byte[0], ImportCharset.WINDOWS_1252), 1, "header", "the header row is missing");
    }

    @Test
    void utf8WithAByteOrderMarkReads() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((HEADER + goodRow()).getBytes(StandardCharsets.UTF_8));

        assertThat(read(bytes.toByteArray(), ImportCharset.UTF_8).rows()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oko\u0000nkwo", "Oko\u0007nkwo", "Oko\u001bnkwo", "\"Oko\nnkwo\"", "\"Oko\rnkwo\""})
    void controlCharactersAndLineBreaksInANameAreProblems(String surname) {
        assertOneProblem(
                read(HEADER + row(surname, "Nigeria", "2026", "2026-08-05", "7000001")), 2, "surname", "contains");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200c\ufeff", "\u3164"})
    void aNameOfOnlyInvisibleCharactersIsAProblem(String surname) {
        assertOneProblem(
                read(HEADER + row(surname, "Nigeria", "2026", "2026-08-05", "7000001")),
                2,
                "surname",
                "has no visible character");
    }

    @Test
    void aRowThatStopsShortOrRunsOnIsAProblemRatherThanLosingItsLastFields() {
        String short1 = HEADER + "1000001,Adaeze,Okonkwo,a@deanery.example,Nigeria,yes,YH-IMT,2026,IMT1,2026-08-05\n";
        String long1 = HEADER + goodRow().replace("\n", ",extra\n");

        assertOneProblem(read(short1), 2, "row", "has 10 fields where the header has 12");
        assertOneProblem(read(long1), 2, "row", "has 13 fields where the header has 12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "-0001-01-01", "+12021-01-01", "9999-12-31", "1949-12-31", "2026-02-30"})
    void implausibleDatesAreProblems(String start) {
        assertOneProblem(
                read(HEADER + row("Okonkwo", "Nigeria", "2026", start, "7000001")), 2, "start_date", "must be");
    }

    @Test
    void aStartDateThatDisagreesWithTheIntakeYearIsAProblem() {
        assertOneProblem(
                read(HEADER
                        + row("Okonkwo", "Nigeria", "2000", "2099-08-01", "").replace(",2029-08-07,", ",,")),
                2,
                "start_date",
                "1999 to 2010");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0662\u0660\u0662\u0666", "\uff12\uff10\uff12\uff16", "2O26"})
    void aYearInOtherDigitsIsAProblem(String year) {
        assertOneProblem(
                read(HEADER + row("Okonkwo", "Nigeria", year, "2026-08-05", "7000001")),
                2,
                "intake_year",
                "digits 0 to 9");
    }

    @Test
    void aProblemQuotesOnlyTheBeginningOfALongValue() {
        String longEmail = "x".repeat(9_000);

        Result result = read(HEADER + goodRow().replace("a@deanery.example", longEmail));

        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.reason())
                .hasSizeLessThan(100));
    }

    @Test
    void aFieldOfAMegabyteIsRefusedByTheFieldLimitWithAShortMessage() {
        Result result = read(HEADER + goodRow().replace("Nigeria", "N".repeat(1_000_000)));

        assertThat(result.problems())
                .containsExactly(new RosterProblem(
                        2, "pmq_country", "is longer than 10000 characters, more than any column holds"));
    }
}
