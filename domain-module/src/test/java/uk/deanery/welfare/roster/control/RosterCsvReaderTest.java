package uk.deanery.welfare.roster.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.roster.control.RosterCsvReader.Result;
import uk.deanery.welfare.roster.entity.RosterProblem;
import uk.deanery.welfare.roster.entity.RosterRow;

class RosterCsvReaderTest {

    private static final String HEADER =
            "gmc_number,forenames,surname,email,pmq_country,first_nhs_post,programme,intake_year,grade,start_date,end_date,supervisor\n";
    private static final String GOOD_ROW =
            "1000001,Adaeze,Okonkwo,Trainee1@Deanery.example,Nigeria,yes,yh-imt,2026,IMT1,2026-08-05,2029-08-07,7000001\n";

    private final RosterCsvReader reader = new RosterCsvReader();

    private Result read(String csv) {
        return reader.read(new StringReader(csv));
    }

    @Test
    void readsAGoodFileIntoRowsNumberedByLine() {
        Result result = read(HEADER
                + GOOD_ROW
                + "1000002,Thomas,Fairbairn,trainee2@deanery.example,United Kingdom,FALSE,YH-GP,2025,GPST2,2025-08-06,,"
                + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        RosterRow first = result.rows().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.gmcNumber().getDigits()).isEqualTo("1000001");
        assertThat(first.email()).isEqualTo("trainee1@deanery.example");
        assertThat(first.programmeCode()).isEqualTo("YH-IMT");
        assertThat(first.firstNhsPost()).isTrue();
        assertThat(first.intakeYear()).isEqualTo(2026);
        assertThat(first.period().getStartDate()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(first.period().getEndDate()).isEqualTo(LocalDate.of(2029, 8, 7));
        assertThat(first.supervisorReference()).contains("7000001");
        RosterRow second = result.rows().get(1);
        assertThat(second.row()).isEqualTo(3);
        assertThat(second.firstNhsPost()).isFalse();
        assertThat(second.period().isOpenEnded()).isTrue();
        assertThat(second.supervisorReference()).isEmpty();
    }

    @Test
    void acceptsColumnsInAnyOrderAndAByteOrderMark() {
        String csv =
                "\uFEFFsupervisor,end_date,start_date,grade,intake_year,programme,first_nhs_post,pmq_country,email,"
                        + "surname,forenames,gmc_number\n"
                        + "supervisor1@deanery.example,,2026-08-05,IMT1,2026,YH-IMT,no,India,p@deanery.example,Rao,Priya,1000003\n";
        InputStream utf8 = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));

        Result result = reader.read(utf8);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.gmcNumber().getDigits()).isEqualTo("1000003");
            assertThat(row.supervisorReference()).contains("supervisor1@deanery.example");
        });
    }

    @Test
    void missingHeaderColumnsAreOneProblemOnRowOne() {
        Result result = read(
                "gmc_number,forenames,surname,email,pmq_country,first_nhs_post,programme,intake_year,grade,start_date\n"
                        + "1000001,Adaeze,Okonkwo,a@deanery.example,Nigeria,yes,YH-IMT,2026,IMT1,2026-08-05\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .containsExactly(new RosterProblem(1, "header", "missing column(s): end_date, supervisor"));
    }

    @Test
    void emptyFileIsReportedAsMissingHeader() {
        Result result = read("");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("header");
        });
    }

    @Test
    void badGmcNumberOnRowThreeIsReportedOnRowThreeColumnGmcNumber() {
        Result result = read(
                HEADER + GOOD_ROW + "100000X,Priya,Rao,p@deanery.example,India,yes,YH-IMT,2026,IMT1,2026-08-05,,\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("gmc_number");
            assertThat(p.reason()).contains("7 digits");
        });
        assertThat(result.rows()).extracting(RosterRow::row).containsExactly(2);
    }

    @Test
    void badDateIsReportedWithTheExpectedFormat() {
        Result result =
                read(HEADER + "1000001,Adaeze,Okonkwo,a@deanery.example,Nigeria,yes,YH-IMT,2026,IMT1,05/08/2026,,\n");

        assertThat(result.problems())
                .containsExactly(new RosterProblem(2, "start_date", "must be a date as yyyy-MM-dd, was '05/08/2026'"));
    }

    @Test
    void endBeforeStartIsReportedOnEndDate() {
        Result result = read(HEADER
                + "1000001,Adaeze,Okonkwo,a@deanery.example,Nigeria,yes,YH-IMT,2026,IMT1,2026-08-05,2026-08-04,\n");

        assertThat(result.problems())
                .containsExactly(new RosterProblem(2, "end_date", "must not be before start_date 2026-08-05"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void everyBadFieldOfEveryBadRowIsReported() {
        Result result = read(
                HEADER
                        + "12345,Adaeze,Okonkwo,a@deanery.example,Nigeria,yes,YH-IMT,2026,IMT1,2026-08-05,,\n"
                        + GOOD_ROW
                        + "\n"
                        + "1000004,,Elsayed,not-an-email,Egypt,maybe,YH-IMT,twenty,IMT1,2026-08-05,,7000001\n"
                        + "1000005,Hannah,Pemberton,h@deanery.example,United Kingdom,no,YH-IMT,2026,IMT1,2026-08-05,,someone\n");

        assertThat(result.problems())
                .extracting(p -> p.row() + ":" + p.column())
                .containsExactly(
                        "2:gmc_number", "5:forenames", "5:email", "5:first_nhs_post", "5:intake_year", "6:supervisor");
        assertThat(result.rows()).extracting(RosterRow::row).containsExactly(3);
    }

    @Test
    void sameTraineeWithDifferentDetailsOnTwoRowsIsReportedOnTheSecond() {
        Result result = read(HEADER
                + GOOD_ROW
                + "1000001,Adaeze,Okonkwo-Smith,trainee1@deanery.example,Nigeria,yes,YH-GP,2027,GPST1,2027-08-04,,\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("gmc_number");
            assertThat(p.reason()).contains("row 2");
        });
    }

    @Test
    void oneEmailForTwoGmcNumbersIsReported() {
        Result result = read(
                HEADER
                        + GOOD_ROW
                        + "1000002,Thomas,Fairbairn,trainee1@deanery.example,United Kingdom,no,YH-GP,2025,GPST2,2025-08-06,,\n");

        assertThat(result.problems())
                .containsExactly(new RosterProblem(3, "email", "is also used on row 2 for GMC 1000001"));
    }

    @Test
    void theDemoRosterIsValid() {
        Result result = reader.read(RosterCsvReader.class.getResourceAsStream("/demo/roster.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(result.rows())
                .filteredOn(r -> r.email().equals("trainee1@deanery.example"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.gmcNumber().getDigits()).isEqualTo("1000001");
                    assertThat(r.programmeCode()).isEqualTo("YH-IMT");
                    assertThat(r.intakeYear()).isEqualTo(2026);
                    assertThat(r.supervisor()).isEqualTo("7000001");
                });
        assertThat(result.rows())
                .filteredOn(r -> r.email().equals("trainee2@deanery.example"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.programmeCode()).isEqualTo("YH-GP");
                    assertThat(r.supervisor()).isNotIn("7000001", "supervisor1@deanery.example");
                });
    }
}
