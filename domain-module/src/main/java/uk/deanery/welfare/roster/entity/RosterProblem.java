package uk.deanery.welfare.roster.entity;

import java.io.Serializable;

/**
 * One thing wrong with a roster file.
 *
 * @param row the CSV line number, the header being row 1
 * @param column the column name from the format, or {@code header} for problems with the header row itself
 * @param reason what is wrong, in words an administrator can act on
 */
public record RosterProblem(int row, String column, String reason) implements Serializable {

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + reason;
    }
}
