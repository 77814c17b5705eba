package uk.deanery.welfare.surveyimport.control;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.Csv;
import uk.deanery.welfare.shared.CsvRowChecker;
import uk.deanery.welfare.shared.GmcNumber;
import uk.deanery.welfare.shared.ImportCharset;
import uk.deanery.welfare.shared.Text;
import uk.deanery.welfare.surveyimport.entity.HistoricalRow;
import uk.deanery.welfare.surveyimport.entity.ImportProgress;
import uk.deanery.welfare.surveyimport.entity.PackedAnswers;
import uk.deanery.welfare.surveyimport.entity.SurveyImportProblem;
import uk.deanery.welfare.surveys.entity.Answers;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Item;
import uk.deanery.welfare.surveys.entity.ItemOption;
import uk.deanery.welfare.surveys.entity.ItemType;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.WaveKind;

/**
 * Reads a file of past survey rounds against one instrument version and checks every field on its own; no database
 * is involved.
 *
 * <h2>Historical survey file format</h2>
 *
 * <ul>
 *   <li>The common CSV dialect of {@link Csv}: UTF-8 (or Windows-1252, chosen), comma-separated, a header row,
 *       {@code "} quoting, as many fields in every row as in the header. No field holds a control character; only
 *       a free-text answer may hold line breaks and tabs.
 *   <li>The file answers one instrument version, chosen when importing. One row per respondent per round.
 *   <li>Columns, case-insensitive, in any order:
 *       <table>
 *         <caption>Historical survey columns</caption>
 *         <tr><th>column</th><th>content</th></tr>
 *         <tr><td>gmc_number</td><td>the respondent's 7-digit GMC number, for identified data; the trainee must
 *             be registered (import the roster first) and a member of the row's cohort</td></tr>
 *         <tr><td>respondent_id</td><td>a pseudonymous id for data that was never identified: letters, digits,
 *             {@code . _ -} and {@code =} padding at the end (hex digests and base64url fit), at most 128
 *             characters, not 7 digits alone. An id names one person within its programme: the same id in two
 *             rounds of the programme links the two responses as one respondent's; in another programme it is
 *             someone else</td></tr>
 *         <tr><td>programme</td><td>programme code, e.g. YH-IMT; the cohort (programme and intake year) must
 *             exist</td></tr>
 *         <tr><td>intake_year</td><td>the year the respondent's cohort started</td></tr>
 *         <tr><td>wave_kind</td><td>{@code pilot}, {@code baseline}, {@code follow_up} or {@code annual}</td></tr>
 *         <tr><td>wave_date</td><td>the day the round was held (or closed), yyyy-MM-dd, not in the future</td></tr>
 *         <tr><td>rotation</td><td>for a follow-up, the rotation after which it ran (1 or more); blank
 *             otherwise. The column may be left out when no row is a follow-up</td></tr>
 *         <tr><td><i>ITEM_CODE</i></td><td>one column per item of the instrument, named by its code, holding the
 *             answer as the instrument defines it: {@code yes}/{@code no}, 1 to 5 for a Likert item, an option's
 *             value for a choice (several separated by {@code |} for multiple choice), a number, or text. Blank
 *             means not answered; required items may be blank, since past rounds did not always ask
 *             everything. Item columns may be left out.</td></tr>
 *       </table>
 *       Each row has exactly one of gmc_number and respondent_id (either column may be absent if no row uses it).
 *   <li>Rows with the same wave_kind, rotation and wave_date are one round: one wave, over the cohorts its rows
 *       name.
 * </ul>
 *
 * <h2>Import rules</h2>
 *
 * <ul>
 *   <li>All or nothing: if any row has a problem nothing is written, and every problem is reported with its row,
 *       column and reason (never the answer itself).
 *   <li>Importing the same file again changes nothing. A respondent already stored for a round with other answers is
 *       a problem: an import never changes a stored response.
 *   <li>Answers are not turned into welfare concerns: they are history, not something to act on today.
 * </ul>
 */
public class HistoricalCsvReader {

    public static final String GMC_NUMBER = "gmc_number";
    public static final String RESPONDENT_ID = "respondent_id";
    public static final String PROGRAMME = "programme";
    public static final String INTAKE_YEAR = "intake_year";
    public static final String WAVE_KIND = "wave_kind";
    public static final String WAVE_DATE = "wave_date";
    public static final String ROTATION = "rotation";
    public static final String HEADER = "header";

    /** The columns every file must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of(PROGRAMME, INTAKE_YEAR, WAVE_KIND, WAVE_DATE);

    private static final Set<String> FIXED_COLUMNS =
            Set.of(GMC_NUMBER, RESPONDENT_ID, PROGRAMME, INTAKE_YEAR, WAVE_KIND, WAVE_DATE, ROTATION);
    // What pseudonymisation tools produce: hex digests, base64url (which may start with '-' or '_', and may end in
    // '=' padding), and simple ids such as IMG21-001.
    private static final Pattern RESPONDENT_ID_PATTERN = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*={0,2}");
    private static final String MULTIPLE_VALUE_SEPARATOR = "|";
    private static final int UNKNOWN_COLUMNS_SHOWN = 10;

    private final Instrument instrument;
    private final LocalDate today;

    /** The rows that passed the field checks, and every problem found. */
    public record Result(List<HistoricalRow> rows, List<SurveyImportProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * @param instrument the version the file's answers follow
     * @param today the last day a round may have been held on
     */
    public HistoricalCsvReader(Instrument instrument, LocalDate today) {
        this.instrument = instrument;
        this.today = today;
    }

    /** Reads the bytes in the chosen encoding, which they must really be in, counting them into the progress. */
    public Result read(InputStream csv, ImportCharset charset, ImportProgress progress) {
        return read(Csv.Source.of(progress.counting(csv), charset), progress);
    }

    /** Reads text already decoded. */
    public Result read(Reader csv, ImportProgress progress) {
        return read(Csv.Source.of(csv), progress);
    }

    private Result read(Csv.Source source, ImportProgress progress) {
        List<HistoricalRow> rows = new ArrayList<>();
        List<SurveyImportProblem> problems = new ArrayList<>();
        progress.begin(ImportProgress.Phase.CHECKING, 0);
        // Each record is checked as it is read, so that only the checked rows stay in memory, not the file's text.
        Optional<Csv.Unreadable> unreadable =
                Csv.read(source, "the historical survey reader", (parser, headerNames) -> {
                    Optional<Columns> columns = columns(headerNames, problems);
                    if (columns.isEmpty()) {
                        return;
                    }
                    Map<String, Integer> seen = new HashMap<>();
                    Csv.forEachRecord(parser, (record, row) -> {
                        new RowReader(row, record, columns.get(), problems)
                                .read()
                                .filter(parsed -> onceInItsRound(parsed, seen, problems))
                                .ifPresent(rows::add);
                        progress.advance();
                    });
                });
        if (unreadable.isPresent()) {
            // The whole file is unusable: the place it broke is the one problem to fix.
            Csv.Unreadable where = unreadable.get();
            return new Result(List.of(), List.of(new SurveyImportProblem(where.row(), where.column(), where.reason())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new SurveyImportProblem(1, HEADER, "the file has no rows after the header"));
        }
        return new Result(rows, problems);
    }

    /**
     * Where each fixed column and each item's column is, by position, and every position's name as problems give it
     * (an item's code, a fixed column's name in lower case).
     */
    private record Columns(
            Map<String, Integer> fixed,
            Map<Item, Integer> items,
            List<String> names,
            BitSet freeTextPositions,
            PackedAnswers.Layout layout) {

        static Columns of(Map<String, Integer> fixed, Map<Item, Integer> items, List<String> names) {
            BitSet freeTextPositions = new BitSet();
            List<String> codes = new ArrayList<>();
            BitSet multiple = new BitSet();
            BitSet freeText = new BitSet();
            items.forEach((item, position) -> {
                if (item.getType() == ItemType.FREE_TEXT) {
                    freeTextPositions.set(position);
                    freeText.set(codes.size());
                }
                if (item.getType() == ItemType.MULTIPLE_CHOICE) {
                    multiple.set(codes.size());
                }
                codes.add(item.getCode());
            });
            return new Columns(
                    fixed, items, names, freeTextPositions, new PackedAnswers.Layout(codes, multiple, freeText));
        }

        boolean isFreeText(int position) {
            return freeTextPositions.get(position);
        }
    }

    private Optional<Columns> columns(List<String> headerNames, List<SurveyImportProblem> problems) {
        if (headerNames.isEmpty()) {
            problems.add(new SurveyImportProblem(
                    1, HEADER, "the header row is missing; expected " + String.join(",", REQUIRED_COLUMNS) + ",..."));
            return Optional.empty();
        }
        Map<String, Integer> fixed = new HashMap<>();
        Map<Item, Integer> items = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String name = headerNames.get(i) == null ? "" : headerNames.get(i).strip();
            String lower = name.toLowerCase(Locale.ROOT);
            Optional<Item> item =
                    FIXED_COLUMNS.contains(lower) || name.isEmpty() ? Optional.empty() : instrument.item(name);
            names.add(item.map(Item::getCode).orElse(lower));
            if (name.isEmpty()) {
                continue;
            }
            if (FIXED_COLUMNS.contains(lower)) {
                if (fixed.putIfAbsent(lower, i) != null) {
                    duplicates.add(lower);
                }
                continue;
            }
            if (item.isEmpty()) {
                unknown.add(Text.shown(name));
            } else if (items.putIfAbsent(item.get(), i) != null) {
                duplicates.add(item.get().getCode());
            }
        }
        List<String> missing =
                REQUIRED_COLUMNS.stream().filter(c -> !fixed.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new SurveyImportProblem(1, HEADER, "missing column(s): " + String.join(", ", missing)));
        }
        if (!fixed.containsKey(GMC_NUMBER) && !fixed.containsKey(RESPONDENT_ID)) {
            problems.add(new SurveyImportProblem(
                    1, HEADER, "a " + GMC_NUMBER + " or a " + RESPONDENT_ID + " column is required"));
        }
        if (!duplicates.isEmpty()) {
            problems.add(new SurveyImportProblem(1, HEADER, "repeated column(s): " + String.join(", ", duplicates)));
        }
        for (String name : unknown.subList(0, Math.min(unknown.size(), UNKNOWN_COLUMNS_SHOWN))) {
            problems.add(new SurveyImportProblem(
                    1,
                    name,
                    "is neither a column of the format nor an item of " + instrument.getCode() + " v"
                            + instrument.getInstrumentVersion()));
        }
        if (unknown.size() > UNKNOWN_COLUMNS_SHOWN) {
            problems.add(new SurveyImportProblem(
                    1, HEADER, "and " + (unknown.size() - UNKNOWN_COLUMNS_SHOWN) + " more columns that are not items"));
        }
        return problems.isEmpty() ? Optional.of(Columns.of(fixed, items, names)) : Optional.empty();
    }

    /** A respondent answers a round once; a second row would make the result depend on row order. */
    private static boolean onceInItsRound(
            HistoricalRow row, Map<String, Integer> seen, List<SurveyImportProblem> problems) {
        Integer first = seen.putIfAbsent(row.round() + "/" + row.respondent(), row.row());
        if (first == null) {
            return true;
        }
        problems.add(new SurveyImportProblem(
                row.row(),
                row.gmc().isPresent() ? GMC_NUMBER : RESPONDENT_ID,
                row.respondent() + " already answered the " + row.round() + " round on row " + first));
        return false;
    }

    /** Checks the fields of one record, collecting a problem per bad field rather than stopping at the first. */
    private final class RowReader extends CsvRowChecker {

        private final CSVRecord record;
        private final Columns columns;
        private final List<SurveyImportProblem> problems;

        RowReader(int row, CSVRecord record, Columns columns, List<SurveyImportProblem> problems) {
            super(row);
            this.record = record;
            this.columns = columns;
            this.problems = problems;
        }

        Optional<HistoricalRow> read() {
            if (!checkShape(record, columns.names(), columns::isFreeText)) {
                return Optional.empty();
            }
            GmcNumber gmc = gmcNumber(GMC_NUMBER, false);
            String pseudonym = respondentId();
            if (isValid() && (gmc == null) == (pseudonym == null)) {
                problem(
                        gmc == null ? GMC_NUMBER : RESPONDENT_ID,
                        gmc == null
                                ? "a " + GMC_NUMBER + " or a " + RESPONDENT_ID + " is required"
                                : "give either " + GMC_NUMBER + " or " + RESPONDENT_ID + ", not both");
            }
            String programme = programme();
            Integer intakeYear = year(INTAKE_YEAR, Cohort.FIRST_YEAR, Cohort.LAST_YEAR);
            WaveKind kind = kind();
            Integer rotation = rotation(kind);
            LocalDate heldOn = heldOn();
            if (heldOn != null && intakeYear != null && !Cohort.isPlausibleStart(intakeYear, heldOn)) {
                problem(
                        WAVE_DATE,
                        "must fall in the years a " + intakeYear + " cohort can be in its programme, "
                                + Cohort.plausibleYears(intakeYear) + "; check it and intake_year");
            }
            Answers answers = answers();
            if (!isValid()) {
                return Optional.empty();
            }
            return Optional.of(new HistoricalRow(
                    row,
                    gmc,
                    pseudonym,
                    programme,
                    intakeYear,
                    kind,
                    rotation,
                    heldOn,
                    columns.layout().pack(answers)));
        }

        private String value(int index) {
            return index < record.size() ? record.get(index).strip() : "";
        }

        @Override
        protected String value(String column) {
            Integer index = columns.fixed().get(column);
            return index == null ? "" : value(index);
        }

        @Override
        protected void report(String column, String reason) {
            problems.add(new SurveyImportProblem(row, column, reason));
        }

        private String respondentId() {
            String value = value(RESPONDENT_ID);
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > Response.RESPONDENT_ID_MAX) {
                problem(RESPONDENT_ID, "must be at most " + Response.RESPONDENT_ID_MAX + " characters");
                return null;
            }
            if (!RESPONDENT_ID_PATTERN.matcher(value).matches()) {
                problem(
                        RESPONDENT_ID,
                        "may hold only letters, digits, '.', '_' and '-' (and '=' padding at the end), as hex and"
                                + " base64url pseudonyms do");
                return null;
            }
            if (GmcNumber.isValid(value)) {
                // A GMC number filed as a pseudonym would identify the respondent while the data claims it does not.
                problem(RESPONDENT_ID, "looks like a GMC number; put GMC numbers in " + GMC_NUMBER);
                return null;
            }
            return value;
        }

        private String programme() {
            String value = value(PROGRAMME);
            if (value.isEmpty()) {
                problem(PROGRAMME, "is required");
                return null;
            }
            if (value.length() > Programme.CODE_MAX) {
                problem(PROGRAMME, "must be at most " + Programme.CODE_MAX + " characters");
                return null;
            }
            return value.toUpperCase(Locale.ROOT);
        }

        private WaveKind kind() {
            String value = value(WAVE_KIND);
            if (value.isEmpty()) {
                problem(WAVE_KIND, "is required (pilot, baseline, follow_up or annual)");
                return null;
            }
            try {
                return WaveKind.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(WAVE_KIND, "must be pilot, baseline, follow_up or annual, was " + Text.quoted(value));
                return null;
            }
        }

        private Integer rotation(WaveKind kind) {
            String value = value(ROTATION);
            if (value.isEmpty()) {
                if (kind == WaveKind.FOLLOW_UP) {
                    problem(ROTATION, "is required for a follow_up round: the rotation after which it ran");
                }
                return null;
            }
            if (kind != null && kind != WaveKind.FOLLOW_UP) {
                problem(ROTATION, "is only for a follow_up round; leave it blank for " + value(WAVE_KIND));
                return null;
            }
            if (value.length() > 2 || !Text.isAsciiDigits(value)) {
                problem(ROTATION, "must be a whole number from 1 to 99 (digits 0 to 9), was " + Text.quoted(value));
                return null;
            }
            int rotation = Integer.parseInt(value);
            if (rotation < 1) {
                problem(ROTATION, "must be from 1 to 99");
                return null;
            }
            return rotation;
        }

        private LocalDate heldOn() {
            LocalDate date = date(WAVE_DATE, true);
            if (date != null && date.isAfter(today)) {
                problem(WAVE_DATE, "must not be in the future: only past rounds are imported");
                return null;
            }
            return date;
        }

        /** The answers in the instrument's own spelling; problems name the item, never the answer given. */
        private Answers answers() {
            Map<String, List<String>> given = new LinkedHashMap<>();
            columns.items().forEach((item, index) -> {
                String value = value(index);
                if (!value.isEmpty()) {
                    given.put(item.getCode(), canonical(item, value));
                }
            });
            Answers answers = Answers.of(given);
            // The domain's messages never quote the answer, so they can be shown as they are.
            instrument.validateGiven(answers).forEach(p -> problem(p.itemCode(), p.message()));
            return answers;
        }

        private List<String> canonical(Item item, String value) {
            List<String> values = item.getType() == ItemType.MULTIPLE_CHOICE
                    ? List.of(value.split(Pattern.quote(MULTIPLE_VALUE_SEPARATOR), -1))
                    : List.of(value);
            return values.stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .map(v -> switch (item.getType()) {
                        case YES_NO -> v.toLowerCase(Locale.ROOT);
                        case SINGLE_CHOICE, MULTIPLE_CHOICE -> item.option(v)
                                .map(ItemOption::getValue)
                                .orElse(v);
                        default -> v;
                    })
                    .toList();
        }
    }
}
