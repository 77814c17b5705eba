package uk.deanery.welfare.interventions.control;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import uk.deanery.welfare.interventions.entity.ActivityKind;
import uk.deanery.welfare.interventions.entity.AttendanceProblem;
import uk.deanery.welfare.interventions.entity.AttendanceRow;
import uk.deanery.welfare.shared.Csv;
import uk.deanery.welfare.shared.CsvColumns;
import uk.deanery.welfare.shared.CsvRecordChecker;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.shared.ImportCharset;

/**
 * Reads the attendance file of one activity and checks each field on its own; no database is involved.
 *
 * <h2>Attendance file format</h2>
 *
 * <ul>
 *   <li>The common CSV dialect of {@link Csv}: UTF-8 that must be valid (a byte-order mark is tolerated) or
 *       Windows-1252 when chosen, comma-separated, {@code "} quoting, a header row, as many fields in each row as in
 *       the header, no control characters. Blank lines are ignored.
 *   <li>Columns, case-insensitive, in any order; any other column is a problem:
 *       <table>
 *         <caption>Attendance columns</caption>
 *         <tr><th>column</th><th>required</th><th>content</th></tr>
 *         <tr><td>gmc_number</td><td>yes</td><td>the trainee's GMC reference number, exactly 7 digits; once per
 *             file</td></tr>
 *         <tr><td>status</td><td>yes</td><td>{@code attended} or {@code absent}, in any case</td></tr>
 *         <tr><td>joined_on</td><td>no</td><td>for a group or scheme, the day an attending trainee joined,
 *             yyyy-MM-dd: required when they attended, empty when absent. Empty for a session</td></tr>
 *         <tr><td>left_on</td><td>no</td><td>for a group or scheme, the day they left, yyyy-MM-dd, not before
 *             joined_on; empty while they are still a member. Empty for a session</td></tr>
 *       </table>
 *   <li>Rows are numbered as lines of the file, the header being row 1.
 * </ul>
 *
 * <h2>Import rules</h2>
 *
 * <ul>
 *   <li>All or nothing: if any row has a problem nothing is stored, and every problem is reported with its row,
 *       column and reason. A reason shows no value but the offending field's, and only its beginning.
 *   <li>Each row goes through the activity's own rules, as attendance ticked one by one does: only once it has
 *       started, and only for trainees signed up or in its cohorts.
 *   <li>Importing the same file again changes nothing: every row is then reported as unchanged.
 * </ul>
 */
public class AttendanceCsvReader {

    public static final String GMC_NUMBER = "gmc_number";
    public static final String STATUS = "status";
    public static final String JOINED_ON = "joined_on";
    public static final String LEFT_ON = "left_on";
    public static final String HEADER = "header";
    public static final String FILE = "file";

    public static final List<String> REQUIRED_COLUMNS = List.of(GMC_NUMBER, STATUS);
    public static final List<String> OPTIONAL_COLUMNS = List.of(JOINED_ON, LEFT_ON);

    private static final String ATTENDED = "attended";
    private static final String ABSENT = "absent";

    private final ActivityKind kind;

    /** The rows that passed the field checks, and every problem found. */
    public record Result(List<AttendanceRow> rows, List<AttendanceProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** @param kind the activity's: a session's rows have no dates, a group's or scheme's attending rows do */
    public AttendanceCsvReader(ActivityKind kind) {
        this.kind = kind;
    }

    /** Reads the bytes as UTF-8, refusing a file saved in another encoding. */
    public Result read(InputStream csv) {
        return read(csv, ImportCharset.UTF_8);
    }

    /** Reads the bytes in the chosen encoding, which they must really be in. */
    public Result read(InputStream csv, ImportCharset charset) {
        return read(Csv.Source.of(csv, charset));
    }

    /** Reads text already decoded. */
    public Result read(Reader csv) {
        return read(Csv.Source.of(csv));
    }

    private Result read(Csv.Source source) {
        List<AttendanceRow> rows = new ArrayList<>();
        List<AttendanceProblem> problems = new ArrayList<>();
        Map<GmcNumber, Integer> firstRows = new HashMap<>();
        Optional<Csv.Unreadable> unreadable = Csv.read(source, "the attendance reader", (parser, headerNames) -> {
            CsvColumns columns = CsvColumns.of(headerNames, REQUIRED_COLUMNS, OPTIONAL_COLUMNS, false);
            if (!columns.isUsable()) {
                columns.problems().forEach(reason -> problems.add(new AttendanceProblem(1, HEADER, reason)));
                return;
            }
            Csv.forEachRecord(parser, (record, row) -> new RowReader(row, record, columns, problems)
                    .read()
                    .filter(parsed -> onceInTheFile(parsed, firstRows, problems))
                    .ifPresent(rows::add));
        });
        if (unreadable.isPresent()) {
            // The whole file is unusable: the place it broke is the one problem to fix.
            Csv.Unreadable where = unreadable.get();
            return new Result(List.of(), List.of(new AttendanceProblem(where.row(), where.column(), where.reason())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new AttendanceProblem(1, HEADER, "the file has no rows after the header"));
        }
        return new Result(rows, problems);
    }

    /** A trainee has one row: a second would make the outcome depend on which row came last. */
    private static boolean onceInTheFile(
            AttendanceRow row, Map<GmcNumber, Integer> firstRow, List<AttendanceProblem> problems) {
        Integer first = firstRow.putIfAbsent(row.gmcNumber(), row.row());
        if (first == null) {
            return true;
        }
        problems.add(new AttendanceProblem(row.row(), GMC_NUMBER, "is also on row " + first + ": one row a trainee"));
        return false;
    }

    /** Checks the fields of one record, collecting a problem per bad field rather than stopping at the first. */
    private final class RowReader extends CsvRecordChecker {

        RowReader(int row, CSVRecord record, CsvColumns columns, List<AttendanceProblem> problems) {
            super(row, record, columns, (r, column, reason) -> problems.add(new AttendanceProblem(r, column, reason)));
        }

        Optional<AttendanceRow> read() {
            if (!checkShape()) {
                return Optional.empty();
            }
            GmcNumber gmc = gmcNumber(GMC_NUMBER, true);
            Boolean attended = status();
            LocalDate joined = null;
            LocalDate left = null;
            if (!kind.isOngoing()) {
                mustBeEmpty(JOINED_ON, "a session: only groups and schemes have members");
                mustBeEmpty(LEFT_ON, "a session: only groups and schemes have members");
            } else if (Boolean.FALSE.equals(attended)) {
                mustBeEmpty(JOINED_ON, "an absent trainee, who never joined");
                mustBeEmpty(LEFT_ON, "an absent trainee, who never joined");
            } else {
                joined = date(JOINED_ON, false);
                left = date(LEFT_ON, false);
                if (attended != null && value(JOINED_ON).isEmpty()) {
                    problem(JOINED_ON, "is required: the day the trainee joined the " + kindInWords());
                } else if (joined != null && left != null && left.isBefore(joined)) {
                    problem(LEFT_ON, "must not be before joined_on " + joined);
                }
            }
            if (!isValid()) {
                return Optional.empty();
            }
            return Optional.of(new AttendanceRow(row, gmc, attended, joined, left));
        }

        private Boolean status() {
            String value = value(STATUS);
            if (value.equalsIgnoreCase(ATTENDED)) {
                return true;
            }
            if (value.equalsIgnoreCase(ABSENT)) {
                return false;
            }
            problem(
                    STATUS,
                    value.isEmpty()
                            ? "is required (attended or absent)"
                            : "must be attended or absent, was " + Csv.quoted(value));
            return null;
        }

        private void mustBeEmpty(String column, String why) {
            if (!value(column).isEmpty()) {
                problem(column, "must be empty for " + why);
            }
        }

        private String kindInWords() {
            return kind.label().toLowerCase(Locale.ROOT);
        }
    }
}
