package uk.deanery.welfare.reporting.export;

/**
 * The one rule against formula injection (OWASP "CSV injection") for every export: text that a spreadsheet would read
 * as a formula gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text instead of running
 * it. Free text in reports (programme names, comments, filter values) comes from users, and a cell such as {@code
 * =HYPERLINK("http://x","y")} would otherwise become a live link or worse when a deanery administrator opens the file.
 *
 * <p>The trigger characters are exactly OWASP's six: {@code =}, {@code +}, {@code -}, {@code @}, tab (U+0009) and
 * carriage return (U+000D). Only the first character counts, and nothing else in the text is changed.
 *
 * <p>This is applied to text only. The CSV export applies it to every cell, numbers included, so a CSV cell "-0.5"
 * is written as "'-0.5": one rule with no exceptions is easier to trust, and the reports' numbers (counts, percentages,
 * p-values) are never negative. The XLSX export writes plain decimals as numeric cells, which are not text and cannot
 * be formulas, so it does not apply the rule to them.
 */
public final class SafeCell {

    private SafeCell() {}

    /**
     * The text as it may safely go into a spreadsheet cell: unchanged, or with a leading apostrophe if its first
     * character is one of the six triggers. {@code null} stays {@code null}, because "no value" is for each format to
     * show (an empty cell, a dash), not for this rule to turn into text; the empty string stays empty.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
