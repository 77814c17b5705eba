package uk.deanery.welfare.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks the fields of one CSV record, collecting a problem per bad field rather than stopping at the first. Each
 * import's row reader extends it with its own columns and says how a problem is reported and where a column is. A
 * problem shows the offending value only, and only its beginning ({@link Csv#quoted}).
 */
public abstract class CsvRowChecker {

    /** The first day a date in an import may be: no one in training now was born before it. */
    public static final LocalDate DATE_FIRST = LocalDate.of(1950, 1, 1);

    /** The last day a date in an import may be. */
    public static final LocalDate DATE_LAST = LocalDate.of(2100, 12, 31);

    /** The column a problem with the row's shape names. */
    public static final String ROW = "row";

    protected final int row;
    private boolean valid = true;
    private final Set<String> reported = new HashSet<>();

    protected CsvRowChecker(int row) {
        this.row = row;
    }

    /** The column's stripped value; empty when blank or absent. */
    protected abstract String value(String column);

    /** Records one problem of this row. */
    protected abstract void report(String column, String reason);

    /** Records a problem of the column, unless it has one already: the first, most basic, is the one to fix. */
    protected final void problem(String column, String reason) {
        valid = false;
        if (reported.add(column)) {
            report(column, reason);
        }
    }

    /**
     * The checks every record gets before its fields are read: as many fields as the header has (a row that stops
     * short or runs on would have its values read into the wrong columns or lost), and text that {@link Text} allows
     * in every field, one line except in the columns given.
     *
     * @param columnNames the header's names by position, as the reader's problems name the columns; a field under a
     *     blank name is still checked
     * @return false when the row has the wrong number of fields, so that its fields are not worth reading
     * @param severalLines whether the column at a position may hold several lines (a free-text answer)
     */
    protected final boolean checkShape(CSVRecord record, List<String> columnNames, IntPredicate severalLines) {
        if (record.size() != columnNames.size()) {
            problem(
                    ROW,
                    "has " + record.size() + (record.size() == 1 ? " field" : " fields") + " where the header has "
                            + columnNames.size()
                            + (record.size() < columnNames.size()
                                    ? ": a value or a comma is missing, so later values would be read into the"
                                            + " wrong columns"
                                    : ": there is a comma too many, or a value with a comma that is not in quotes"));
            // Its values are in the wrong columns: checking them would only add noise.
            return false;
        }
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            int position = i;
            Text.problem(value, severalLines.test(i) ? Text.Lines.SEVERAL : Text.Lines.ONE)
                    .ifPresent(reason -> problem(
                            position < columnNames.size()
                                            && !columnNames.get(position).isBlank()
                                    ? Text.shown(columnNames.get(position).strip())
                                    : "field " + (position + 1),
                            reason));
        }
        return true;
    }

    /** No problem was found in this row so far. */
    protected final boolean isValid() {
        return valid;
    }

    /** Required text of at most {@code max} characters; null (with a problem) otherwise. */
    protected final String text(String column, int max) {
        String value = value(column);
        if (value.isEmpty()) {
            problem(column, "is required");
            return null;
        }
        if (value.length() > max) {
            problem(column, "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** A GMC number; null when blank (with a problem if {@code required}) or malformed (with a problem). */
    protected final GmcNumber gmcNumber(String column, boolean required) {
        String value = value(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "is required");
            }
            return null;
        }
        if (!GmcNumber.isValid(value)) {
            problem(column, "must be exactly 7 digits, was " + Text.quoted(value));
            return null;
        }
        return GmcNumber.of(value);
    }

    /** A year from {@code first} to {@code last}, required (a cohort's intake year, for example). */
    protected final Integer year(String column, int first, int last) {
        String value = value(column);
        if (value.isEmpty()) {
            problem(column, "is required");
            return null;
        }
        if (value.length() != 4 || !Text.isAsciiDigits(value)) {
            problem(column, "must be a year such as 2025 (digits 0 to 9), was " + Text.quoted(value));
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < first || year > last) {
            problem(column, "must be between " + first + " and " + last);
            return null;
        }
        return year;
    }

    /** A date as yyyy-MM-dd; null when blank (with a problem if {@code required}) or malformed (with a problem). */
    protected final LocalDate date(String column, boolean required) {
        String value = value(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "is required");
            }
            return null;
        }
        LocalDate date = isIsoDateShaped(value) ? parse(value) : null;
        if (date == null) {
            problem(column, "must be a date as yyyy-MM-dd, was " + Text.quoted(value));
            return null;
        }
        if (date.isBefore(DATE_FIRST) || date.isAfter(DATE_LAST)) {
            problem(column, "must be between " + DATE_FIRST + " and " + DATE_LAST + ", was " + value);
            return null;
        }
        return date;
    }

    private static boolean isIsoDateShaped(String value) {
        return value.length() == 10
                && value.charAt(4) == '-'
                && value.charAt(7) == '-'
                && Text.isAsciiDigits(value.substring(0, 4))
                && Text.isAsciiDigits(value.substring(5, 7))
                && Text.isAsciiDigits(value.substring(8, 10));
    }

    private static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
