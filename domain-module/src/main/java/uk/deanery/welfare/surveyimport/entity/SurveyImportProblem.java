package uk.deanery.welfare.surveyimport.entity;

import java.io.Serializable;

/**
 * One thing wrong with a historical survey file.
 *
 * @param row the CSV line number, the header being row 1
 * @param column the column as the format names it (an item's code for an answer), or {@code header} for the header
 *     row itself
 * @param reason what is wrong, in words an administrator can act on; never the answer itself
 */
public record SurveyImportProblem(int row, String column, String reason) implements Serializable {

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + reason;
    }
}
