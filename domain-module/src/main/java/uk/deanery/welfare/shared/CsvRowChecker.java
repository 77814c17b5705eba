package uk.deanery.welfare.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Checks the fields of one CSV record, collecting a problem per bad field rather than stopping at the first. Each
 * import's row reader extends it with its own columns and says how a problem is reported and where a column is. A
 * problem shows the offending value only, and only its beginning ({@link Csv#quoted}).
 */
public abstract class CsvRowChecker {

    protected final int row;
    private boolean valid = true;

    protected CsvRowChecker(int row) {
        this.row = row;
    }

    /** The column's stripped value; empty when blank or absent. */
    protected abstract String value(String column);

    /** Records one problem of this row. */
    protected abstract void report(String column, String reason);

    protected final void problem(String column, String reason) {
        report(column, reason);
        valid = false;
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
            problem(column, "must be exactly 7 digits, was " + Csv.quoted(value));
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
        try {
            int year = Integer.parseInt(value);
            if (year < first || year > last) {
                problem(column, "must be between " + first + " and " + last);
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            problem(column, "must be a year such as 2025, was " + Csv.quoted(value));
            return null;
        }
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
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "must be a date as yyyy-MM-dd, was " + Csv.quoted(value));
            return null;
        }
    }
}
