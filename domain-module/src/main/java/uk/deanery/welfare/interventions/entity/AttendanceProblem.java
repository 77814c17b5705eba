package uk.deanery.welfare.interventions.entity;

import java.io.Serializable;

/**
 * One thing wrong with an attendance file.
 *
 * @param row the CSV line number, the header being row 1
 * @param column the column name from the format, {@code header} for the header row itself, or {@code file} when the
 *     file cannot be read from that row on
 * @param reason what is wrong, in words the person importing can act on; it shows no value but the offending field's
 */
public record AttendanceProblem(int row, String column, String reason) implements Serializable {

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + reason;
    }
}
