package uk.deanery.welfare.roster.control;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.roster.entity.RosterProblem;
import uk.deanery.welfare.roster.entity.RosterRow;
import uk.deanery.welfare.shared.Csv;
import uk.deanery.welfare.shared.CsvColumns;
import uk.deanery.welfare.shared.CsvRecordChecker;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.Text;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Reads a roster CSV file and checks each field on its own; no database is involved.
 *
 * <h2>Roster file format</h2>
 *
 * <ul>
 *   <li>UTF-8 (a byte-order mark is tolerated), or Windows-1252 when the admin chooses it; the bytes must really be
 *       in that encoding. Comma-separated, fields quoted with {@code "} when they contain a comma, quote or line
 *       break; every row has as many fields as the header. Blank lines are ignored. No field holds a control
 *       character or line break, and every field that is filled in has a visible character.
 *   <li>A header row is required. Column names are case-insensitive and may come in any order; extra columns are
 *       ignored. The columns are:
 *       <table>
 *         <caption>Roster columns</caption>
 *         <tr><th>column</th><th>required</th><th>content</th></tr>
 *         <tr><td>gmc_number</td><td>yes</td><td>the trainee's GMC reference number, exactly 7 digits</td></tr>
 *         <tr><td>forenames</td><td>yes</td><td>at most 100 characters</td></tr>
 *         <tr><td>surname</td><td>yes</td><td>at most 100 characters</td></tr>
 *         <tr><td>email</td><td>yes</td><td>the trainee's email address</td></tr>
 *         <tr><td>pmq_country</td><td>yes</td><td>country of primary medical qualification, e.g. United Kingdom,
 *             Nigeria; anything other than the UK or its nations marks an international medical graduate</td></tr>
 *         <tr><td>first_nhs_post</td><td>yes</td><td>{@code yes}, {@code no}, {@code true} or {@code false}: is
 *             this the trainee's first NHS post</td></tr>
 *         <tr><td>programme</td><td>yes</td><td>programme code, e.g. YH-IMT; must already exist</td></tr>
 *         <tr><td>intake_year</td><td>yes</td><td>year the trainee's cohort starts, 2000 to 2100</td></tr>
 *         <tr><td>grade</td><td>yes</td><td>e.g. IMT1, ST1, CT1; at most 20 characters</td></tr>
 *         <tr><td>start_date</td><td>yes</td><td>start of the programme membership, yyyy-MM-dd, from 1950 to 2100 and in the
 *             years the cohort can be in its programme (the year before its intake year to ten years after)</td></tr>
 *         <tr><td>end_date</td><td>no</td><td>last day, yyyy-MM-dd, not before start_date; empty = open-ended</td></tr>
 *         <tr><td>supervisor</td><td>no</td><td>the educational supervisor's 7-digit GMC number or email; the
 *             supervisor must already be registered and is assigned for the row's start_date to end_date</td></tr>
 *       </table>
 *   <li>Rows are numbered as lines of the file, the header being row 1.
 * </ul>
 *
 * <h2>Import rules</h2>
 *
 * <ul>
 *   <li>All or nothing: if any row has a problem nothing is written, and every problem is reported with its row,
 *       column and reason.
 *   <li>Trainees are matched on GMC number and their details updated from the row. A trainee may appear on several
 *       rows (several programmes or cohorts), but then with the same details.
 *   <li>A programme membership is matched on trainee, programme and intake year; its grade and dates are updated.
 *   <li>A supervisor assignment is matched on trainee, supervisor and start date; it may not overlap another
 *       assignment of the same trainee.
 *   <li>Importing the same file again changes nothing: every row is then reported as unchanged.
 * </ul>
 */
public class RosterCsvReader {

    public static final String GMC_NUMBER = "gmc_number";
    public static final String FORENAMES = "forenames";
    public static final String SURNAME = "surname";
    public static final String EMAIL = "email";
    public static final String PMQ_COUNTRY = "pmq_country";
    public static final String FIRST_NHS_POST = "first_nhs_post";
    public static final String PROGRAMME = "programme";
    public static final String INTAKE_YEAR = "intake_year";
    public static final String GRADE = "grade";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String SUPERVISOR = "supervisor";
    public static final String HEADER = "header";

    public static final List<String> COLUMNS = List.of(
            GMC_NUMBER,
            FORENAMES,
            SURNAME,
            EMAIL,
            PMQ_COUNTRY,
            FIRST_NHS_POST,
            PROGRAMME,
            INTAKE_YEAR,
            GRADE,
            START_DATE,
            END_DATE,
            SUPERVISOR);

    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");

    /** The rows that passed the field checks, and every problem found. */
    public record Result(List<RosterRow> rows, List<RosterProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** Reads the bytes as UTF-8, which they must be. */
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
        List<RosterRow> rows = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        Optional<Csv.Unreadable> unreadable = Csv.read(source, "the roster reader", (parser, headerNames) -> {
            CsvColumns columns = CsvColumns.of(headerNames, COLUMNS, List.of(), true);
            if (!columns.isUsable()) {
                columns.problems().forEach(reason -> problems.add(new RosterProblem(1, HEADER, reason)));
                return;
            }
            Consistency consistency = new Consistency();
            Csv.forEachRecord(parser, (record, row) -> new RowReader(row, record, columns, problems)
                    .read()
                    .filter(parsed -> consistency.check(parsed, problems))
                    .ifPresent(rows::add));
        });
        if (unreadable.isPresent()) {
            // The whole file is unusable: the place it broke is the one problem to fix.
            Csv.Unreadable where = unreadable.get();
            return new Result(List.of(), List.of(new RosterProblem(where.row(), where.column(), where.reason())));
        }
        return new Result(rows, problems);
    }

    /** Checks the fields of one record, collecting a problem per bad field rather than stopping at the first. */
    private static final class RowReader extends CsvRecordChecker {

        RowReader(int row, CSVRecord record, CsvColumns columns, List<RosterProblem> problems) {
            super(row, record, columns, (r, column, reason) -> problems.add(new RosterProblem(r, column, reason)));
        }

        Optional<RosterRow> read() {
            if (!checkShape()) {
                return Optional.empty();
            }
            GmcNumber gmc = gmcNumber(GMC_NUMBER, true);
            String forenames = text(FORENAMES, Trainee.NAME_MAX);
            String surname = text(SURNAME, Trainee.NAME_MAX);
            String email = email();
            String pmqCountry = text(PMQ_COUNTRY, Trainee.COUNTRY_MAX);
            Boolean firstNhsPost = yesNo();
            String programme = text(PROGRAMME, Programme.CODE_MAX);
            Integer intakeYear = year(INTAKE_YEAR, Cohort.FIRST_YEAR, Cohort.LAST_YEAR);
            String grade = text(GRADE, ProgrammeMembership.GRADE_MAX);
            LocalDate start = date(START_DATE, true);
            LocalDate end = date(END_DATE, false);
            DateRange period = null;
            if (start != null && end != null && end.isBefore(start)) {
                problem(END_DATE, "must not be before start_date " + start);
            } else if (start != null && intakeYear != null && !Cohort.isPlausibleStart(intakeYear, start)) {
                problem(
                        START_DATE,
                        "must fall in the years a " + intakeYear + " cohort can be in its programme, "
                                + Cohort.plausibleYears(intakeYear) + "; check it and intake_year");
            } else if (start != null) {
                period = new DateRange(start, end);
            }
            String supervisor = supervisor();
            if (!isValid()) {
                return Optional.empty();
            }
            return Optional.of(new RosterRow(
                    row,
                    gmc,
                    forenames,
                    surname,
                    email.toLowerCase(Locale.ROOT),
                    pmqCountry,
                    firstNhsPost,
                    programme.toUpperCase(Locale.ROOT),
                    intakeYear,
                    grade,
                    period,
                    supervisor));
        }

        private String email() {
            String value = text(EMAIL, Trainee.EMAIL_MAX);
            if (value != null && !Text.isEmailShaped(value)) {
                problem(EMAIL, "is not an email address: " + Text.quoted(value));
                return null;
            }
            return value;
        }

        private Boolean yesNo() {
            String value = value(FIRST_NHS_POST).toLowerCase(Locale.ROOT);
            if (YES.contains(value)) {
                return true;
            }
            if (NO.contains(value)) {
                return false;
            }
            problem(
                    FIRST_NHS_POST,
                    value.isEmpty() ? "is required (yes or no)" : "must be yes or no, was " + Text.quoted(value));
            return null;
        }

        private String supervisor() {
            String value = value(SUPERVISOR);
            if (value.isEmpty()) {
                return null;
            }
            if (GmcNumber.isValid(value)) {
                return value;
            }
            if (value.length() <= Trainee.EMAIL_MAX && Text.isEmailShaped(value)) {
                return value.toLowerCase(Locale.ROOT);
            }
            problem(SUPERVISOR, "must be a 7-digit GMC number or an email address, was " + Text.quoted(value));
            return null;
        }
    }

    /**
     * Rows that disagree with each other: a trainee listed twice with different details, or one email given to two
     * GMC numbers. Either would make the result depend on row order, and a re-import would never settle.
     */
    private static final class Consistency {

        private final Map<GmcNumber, RosterRow> firstByGmc = new HashMap<>();
        private final Map<String, RosterRow> firstByEmail = new HashMap<>();
        private final Set<String> memberships = new HashSet<>();

        boolean check(RosterRow row, List<RosterProblem> problems) {
            RosterRow sameEmail = firstByEmail.putIfAbsent(row.email(), row);
            if (sameEmail != null && !sameEmail.gmcNumber().equals(row.gmcNumber())) {
                problems.add(new RosterProblem(
                        row.row(),
                        EMAIL,
                        "is also used on row " + sameEmail.row() + " for GMC " + sameEmail.gmcNumber()));
                return false;
            }
            RosterRow sameTrainee = firstByGmc.putIfAbsent(row.gmcNumber(), row);
            if (sameTrainee != null && !sameDetails(sameTrainee, row)) {
                problems.add(new RosterProblem(
                        row.row(),
                        GMC_NUMBER,
                        "appears on row " + sameTrainee.row() + " with different personal details"));
                return false;
            }
            String membership = row.gmcNumber() + "|" + row.programmeCode() + "|" + row.intakeYear();
            if (!memberships.add(membership)) {
                problems.add(new RosterProblem(
                        row.row(),
                        PROGRAMME,
                        "the trainee is listed twice for " + row.programmeCode() + " " + row.intakeYear()));
                return false;
            }
            return true;
        }

        private static boolean sameDetails(RosterRow a, RosterRow b) {
            return a.forenames().equals(b.forenames())
                    && a.surname().equals(b.surname())
                    && a.email().equals(b.email())
                    && a.pmqCountry().equals(b.pmqCountry())
                    && a.firstNhsPost() == b.firstNhsPost();
        }
    }
}
