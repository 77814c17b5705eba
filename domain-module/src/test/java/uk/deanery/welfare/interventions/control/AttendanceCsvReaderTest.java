package uk.deanery.welfare.interventions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.deanery.welfare.interventions.control.AttendanceCsvReader.Result;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.AttendanceProblem;
import uk.deanery.welfare.interventions.entity.AttendanceRow;

class AttendanceCsvReaderTest {

    private static final String HEADER = "gmc_number,status,joined_on,left_on\n";

    private static Result readSession(String csv) {
        return new AttendanceCsvReader(ActivityKind.WEBINAR).read(new StringReader(csv));
    }

    private static Result readGroup(String csv) {
        return new AttendanceCsvReader(ActivityKind.PEER_MESSAGING_GROUP).read(new StringReader(csv));
    }

    @Test
    void readsASessionFileIntoRowsNumberedByLine() {
        Result result = readSession("gmc_number,status\n1000001,attended\n\n1000002,ABSENT\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows())
                .extracting(AttendanceRow::row, r -> r.gmcNumber().getDigits(), AttendanceRow::attended)
                .containsExactly(tuple(2, "1000001", true), tuple(4, "1000002", false));
        assertThat(result.rows()).noneMatch(AttendanceRow::isMembership);
    }

    @Test
    void readsAGroupFileWithTheDaysMembersJoinedAndLeft() {
        Result result = readGroup(HEADER + "1000001,Attended,2026-09-01,\n1000002,attended,2026-09-01,2026-10-15\n"
                + "1000003,absent,,\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        AttendanceRow stillMember = result.rows().get(0);
        assertThat(stillMember.isMembership()).isTrue();
        assertThat(stillMember.joined()).contains(LocalDate.of(2026, 9, 1));
        assertThat(stillMember.left()).isEmpty();
        assertThat(result.rows().get(1).left()).contains(LocalDate.of(2026, 10, 15));
        assertThat(result.rows().get(2).isMembership()).isFalse();
    }

    @Test
    void acceptsColumnsInAnyOrderAndAByteOrderMarkInUtf8Bytes() {
        byte[] csv = "\uFEFFStatus,GMC_Number\nattended,1000001\n".getBytes(StandardCharsets.UTF_8);

        Result result = new AttendanceCsvReader(ActivityKind.WEBINAR).read(new ByteArrayInputStream(csv));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.gmcNumber().getDigits()).isEqualTo("1000001"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 =
                "gmc_number,status\n1000001,attended\n1000002,absent caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        Result result = new AttendanceCsvReader(ActivityKind.WEBINAR).read(new ByteArrayInputStream(latin1));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("status");
            assertThat(p.reason()).contains("not UTF-8").contains("byte 0xE9 at line 3, character 19");
        });
    }

    @Test
    void missingHeaderIsOneProblemOnRowOne() {
        assertThat(readSession("").problems())
                .containsExactly(new AttendanceProblem(
                        1, "header", "the header row is missing; expected gmc_number,status[,joined_on,left_on]"));
    }

    @Test
    void missingRepeatedAndUnknownColumnsAreReportedOnTheHeader() {
        Result result = readSession("gmc_number,joined_on,joined_on,forenames\n1000001,,,Ada\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(AttendanceProblem::row, AttendanceProblem::column, AttendanceProblem::reason)
                .containsExactly(
                        tuple(1, "header", "missing column(s): status"),
                        tuple(1, "header", "repeated column(s): joined_on"),
                        tuple(
                                1,
                                "header",
                                "unknown column(s): 'forenames'; expected gmc_number,status[,joined_on,left_on]"));
    }

    @Test
    void aFileWithOnlyTheHeaderIsAProblem() {
        assertThat(readSession("gmc_number,status\n").problems())
                .containsExactly(new AttendanceProblem(1, "header", "the file has no rows after the header"));
    }

    @Test
    void everyBadFieldOfEveryBadRowIsReportedWithRowColumnAndReason() {
        Result result = readGroup(HEADER
                + "1000001,attended,2026-09-01,\n" // row 2: fine
                + "12345,attended,2026-09-01,\n" // row 3: GMC number too short
                + "1000003,,2026-09-01,\n" // row 4: no status
                + "1000004,maybe,01/09/2026,\n" // row 5: unknown status, bad date
                + "1000005,attended,,\n" // row 6: a member without the day they joined
                + "1000006,attended,2026-09-10,2026-09-01\n" // row 7: left before joining
                + "1000007,absent,2026-09-01,\n"); // row 8: absent, yet joined

        assertThat(result.problems())
                .extracting(AttendanceProblem::row, AttendanceProblem::column, AttendanceProblem::reason)
                .containsExactly(
                        tuple(3, "gmc_number", "must be exactly 7 digits, was '12345'"),
                        tuple(4, "status", "is required (attended or absent)"),
                        tuple(5, "status", "must be attended or absent, was 'maybe'"),
                        tuple(5, "joined_on", "must be a date as yyyy-MM-dd, was '01/09/2026'"),
                        tuple(6, "joined_on", "is required: the day the trainee joined the peer messaging group"),
                        tuple(7, "left_on", "must not be before joined_on 2026-09-10"),
                        tuple(8, "joined_on", "must be empty for an absent trainee, who never joined"));
        assertThat(result.rows()).extracting(AttendanceRow::row).containsExactly(2);
    }

    @Test
    void datesOnASessionAreRefused() {
        Result result = readSession(HEADER + "1000001,attended,2026-09-01,\n1000002,absent,,2026-09-02\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(AttendanceProblem::row, AttendanceProblem::column, AttendanceProblem::reason)
                .containsExactly(
                        tuple(2, "joined_on", "must be empty for a session: only groups and schemes have members"),
                        tuple(3, "left_on", "must be empty for a session: only groups and schemes have members"));
    }

    @Test
    void aTraineeOnTwoRowsIsReportedOnTheSecond() {
        Result result = readSession("gmc_number,status\n1000001,attended\n1000002,attended\n1000001,absent\n");

        assertThat(result.problems())
                .containsExactly(new AttendanceProblem(4, "gmc_number", "is also on row 2: one row a trainee"));
        assertThat(result.rows()).extracting(AttendanceRow::row).containsExactly(2, 3);
    }

    @Test
    void aProblemShowsOnlyTheBeginningOfALongValue() {
        String pasted = "attended ".repeat(500);

        Result result = readSession("gmc_number,status\n1000001,\"" + pasted + "x\"\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("status");
            assertThat(p.reason()).hasSizeLessThan(100).endsWith("\u2026'");
        });
    }

    @Test
    void brokenQuotingMakesTheWholeFileAProblem() {
        Result result = readSession("gmc_number,status\n1000001,attended\n1000002,\"absent\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("status");
            assertThat(p.reason()).isEqualTo("opens a quote on line 3 that never closes: a \" is missing");
        });
    }
}
