package uk.deanery.welfare.reporting.export;

import java.util.regex.Pattern;

/**
 * Whether a cell's text is a plain decimal number, the only kind the XLSX export writes as a numeric cell (and the PDF
 * aligns right). Deliberately narrow: "12", "0.35" and "-2" qualify; "1,200", "35%", "1e3", "007" and ".5" stay text,
 * so nothing a report wrote as a label (a code with leading zeros, a formatted percentage) is silently reinterpreted.
 */
final class PlainNumber {

    // No leading zeros, and no more digits than a double holds exactly, so the number shown is the text given.
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
    private static final int MAX_DIGITS = 15;

    private PlainNumber() {}

    static boolean isPlainNumber(String text) {
        if (text == null || !PLAIN_DECIMAL.matcher(text).matches()) {
            return false;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return digits <= MAX_DIGITS;
    }

    /** How many digits follow the decimal point, so the sheet can show "12.50" as 12.50 rather than 12.5. */
    static int decimalPlaces(String plainNumber) {
        int point = plainNumber.indexOf('.');
        return point < 0 ? 0 : plainNumber.length() - point - 1;
    }
}
