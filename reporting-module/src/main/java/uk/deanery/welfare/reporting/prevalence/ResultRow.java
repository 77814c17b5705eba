package uk.deanery.welfare.reporting.prevalence;

import java.util.List;
import uk.deanery.welfare.reporting.statistics.OutlierFlag;

/**
 * One cell of a report as a row of text, exactly as the page's table and every export show it: the page and the files
 * are built from the same rows, so they cannot disagree on a number or on which cells are hidden. Every figure is null
 * when the cell is suppressed.
 *
 * @param groups the values of the grouped columns in words, in the order of {@link ReportTables#groupHeaders}
 * @param category the challenge's name
 * @param item the item code the challenge is read from
 * @param numerator n, how many answers meet the flag rule
 * @param denominator N, how many answered the item
 * @param percent n/N as a percentage with one decimal
 * @param ciLow the 95% interval's lower bound, a percentage with one decimal
 * @param ciHigh the upper bound
 * @param flag against the report's benchmark; null when it has none
 * @param status "Shown", or why the figures are not
 */
public record ResultRow(
        List<String> groups,
        String category,
        String item,
        String numerator,
        String denominator,
        String percent,
        String ciLow,
        String ciHigh,
        OutlierFlag flag,
        String status,
        boolean suppressed) {

    public ResultRow {
        groups = List.copyOf(groups);
    }

    /** The interval as read aloud and printed: "16.8 to 68.7"; null when suppressed. */
    public String interval() {
        return suppressed ? null : ciLow + " to " + ciHigh;
    }

    /** The flag in words, or null without a benchmark. */
    public String flagLabel() {
        return flag == null ? null : flag.label();
    }
}
