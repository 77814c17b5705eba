package uk.deanery.welfare.surveyimport.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.surveyimport.entity.HistoricalRow;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveys.SurveyFixtures;
import uk.deanery.welfare.surveys.entity.WaveKind;

class HistoricalCsvReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String HEADER =
            "GMC_Number,respondent_id,programme,intake_year,wave_kind,wave_date,rotation\n";

    private final HistoricalCsvReader reader = new HistoricalCsvReader(SurveyFixtures.everyItemType(), TODAY);

    private HistoricalCsvReader.Result read(String csv) {
        return reader.read(new StringReader(csv), new ImportProgress());
    }

    private static String file(String header, String... rows) {
        return header + String.join("\n", rows) + "\n";
    }

    @Test
    void answersAreStoredInTheInstrumentsOwnSpellingAndBlankLinesKeepRowNumbers() {
        String header = HEADER.replace("\n", ",Anxiety,SUPERVISOR,topics,hours\n");
        ImportProgress progress = new ImportProgress();

        HistoricalCsvReader.Result result = reader.read(
                new StringReader(file(
                        header,
                        ",IMG-7,yh-imt,2021,Follow-Up,2021-12-01,1,4,Yes,portfolio|ROTA,37.5",
                        "",
                        "1234567,,YH-IMT,2021,baseline,2021-07-20,,,,,")),
                progress);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        HistoricalRow pseudonymous = result.rows().get(0);
        assertThat(pseudonymous.row()).isEqualTo(2);
        assertThat(pseudonymous.respondentId()).isEqualTo("IMG-7");
        assertThat(pseudonymous.programmeCode()).isEqualTo("YH-IMT");
        assertThat(pseudonymous.round())
                .isEqualTo(new HistoricalRow.Round(WaveKind.FOLLOW_UP, 1, LocalDate.of(2021, 12, 1)));
        assertThat(pseudonymous.answers().valuesOf("ANXIETY")).containsExactly("4");
        assertThat(pseudonymous.answers().valuesOf("SUPERVISOR")).containsExactly("yes");
        assertThat(pseudonymous.answers().valuesOf("TOPICS")).containsExactly("PORTFOLIO", "ROTA");
        assertThat(pseudonymous.answers().valuesOf("HOURS")).containsExactly("37.5");

        HistoricalRow identified = result.rows().get(1);
        assertThat(identified.row()).as("the blank line still counts").isEqualTo(4);
        assertThat(identified.gmcNumber().getDigits()).isEqualTo("1234567");
        assertThat(identified.answers().itemCodes())
                .as("required items may be blank in history")
                .isEmpty();
        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.CHECKING);
        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.describe())
                .as("rows are checked as they are read, so their number is not known before")
                .isEqualTo("Checking rows: 2");
    }

    @Test
    void pseudonymsAreWhatPseudonymisationToolsProduce() {
        // Python: hmac.new(b"deanery", b"trainee 17", hashlib.sha256) as hexdigest(), and "trainee 11" through
        // base64.urlsafe_b64encode (padded, starting with "_"), and the same without its padding.
        String hex = "ed2e148087f3a397f3c22529c3755edb6e9685024a4791da945c41ad8831b41e";
        String padded = "__HNj3bspEmqB4pNpba5QV4s4lEaenlJloGp-IQOkBQ=";
        String base64url = "7S4UgIfzo5fzwiUpw3Ve226WhQJKR5HalFxBrYgxtB4";
        String longest = "a".repeat(128);

        HistoricalCsvReader.Result result = read(file(
                HEADER,
                "," + hex + ",YH-IMT,2021,baseline,2021-07-20,",
                "," + base64url + ",YH-IMT,2021,baseline,2021-07-20,",
                "," + padded + ",YH-IMT,2021,baseline,2021-07-20,",
                "," + longest + ",YH-IMT,2021,baseline,2021-07-20,",
                "," + longest + "b,YH-IMT,2021,baseline,2021-07-20,",
                ",a=b,YH-IMT,2021,baseline,2021-07-20,"));

        assertThat(result.problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .as("129 characters, and '=' inside")
                .containsExactly(tuple(6, "respondent_id"), tuple(7, "respondent_id"));
    }

    @Test
    void aPseudonymNamesOnePersonWithinItsProgramme() {
        HistoricalCsvReader.Result twoPeople =
                read(file(HEADER, ",17,YH-IMT,2021,baseline,2021-07-20,", ",17,YH-GP,2021,baseline,2021-07-20,"));
        HistoricalCsvReader.Result onePersonTwice =
                read(file(HEADER, ",17,YH-IMT,2021,baseline,2021-07-20,", ",17,YH-IMT,2022,baseline,2021-07-20,"));

        assertThat(twoPeople.problems()).as("17 in IMT and 17 in GP").isEmpty();
        assertThat(twoPeople.rows()).hasSize(2);
        assertThat(onePersonTwice.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.reason()).contains("respondent 17 of YH-IMT already answered");
        });
    }

    @Test
    void anAnswerToAnItemItsConditionHidesIsAProblemNamingTheItem() {
        String header = "respondent_id,programme,intake_year,wave_kind,wave_date,SUPERVISOR,SUPERVISOR_DETAIL\n";

        HistoricalCsvReader.Result result =
                read(file(header, "R1,YH-IMT,2021,annual,2022-01-10,no,My supervisor is never there"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .containsExactly(tuple(2, "SUPERVISOR_DETAIL"));
        assertThat(result.problems().get(0).reason())
                .contains("must be left blank")
                .doesNotContain("never there");
    }

    @Test
    void everyBadFieldOfARowIsReported() {
        HistoricalCsvReader.Result result = read(file(
                HEADER.replace("\n", ",ANXIETY\n"),
                "12345,,,20x1,weekly,01/02/2021,0,9",
                ",bad id!,YH-IMT,2021,baseline,2021-01-01,2,3",
                ",,YH-IMT,2021,pilot,2027-01-01,,"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column)
                .containsExactly(
                        tuple(2, "gmc_number"),
                        tuple(2, "programme"),
                        tuple(2, "intake_year"),
                        tuple(2, "wave_kind"),
                        tuple(2, "rotation"),
                        tuple(2, "wave_date"),
                        tuple(2, "ANXIETY"),
                        tuple(3, "respondent_id"),
                        tuple(3, "rotation"),
                        tuple(4, "gmc_number"),
                        tuple(4, "wave_date"));
    }

    @Test
    void headerProblemsStopTheRead() {
        HistoricalCsvReader.Result result =
                read(file("programme,programme,intake_year,wave_date,MOOD\n", "YH-IMT,YH-IMT,2021,2021-01-01,3"));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(SurveyImportProblem::column, SurveyImportProblem::reason)
                .containsExactly(
                        tuple("header", "missing column(s): wave_kind"),
                        tuple("header", "a gmc_number or a respondent_id column is required"),
                        tuple("header", "repeated column(s): programme"),
                        tuple("MOOD", "is neither a column of the format nor an item of TEST-ALL v1"));
    }

    @Test
    void brokenQuotingAndAnEmptyFileAreReported() {
        List<SurveyImportProblem> broken = read("respondent_id,programme,intake_year,wave_kind,wave_date\n"
                        + "\"R1,YH-IMT,2021,pilot,2021-01-01\n")
                .problems();
        List<SurveyImportProblem> empty = read("respondent_id,programme,intake_year,wave_kind,wave_date\n")
                .problems();

        assertThat(broken).singleElement().satisfies(p -> assertThat(p)
                .extracting(SurveyImportProblem::row, SurveyImportProblem::column, SurveyImportProblem::reason)
                .containsExactly(2, "respondent_id", "opens a quote on line 2 that never closes: a \" is missing"));
        assertThat(empty).singleElement().satisfies(p -> assertThat(p.reason()).contains("no rows"));
    }
}
