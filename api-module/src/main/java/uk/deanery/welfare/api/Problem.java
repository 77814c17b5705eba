package uk.deanery.welfare.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong with a request: a row and column of an uploaded file, or a query parameter (row null).
 *
 * @param row the file's row, counting the header as 1; null for a parameter
 * @param column the file's column or the parameter's name; null when the problem is the request as a whole
 */
@Schema(description = "One thing wrong with a request")
public record Problem(Integer row, String column, String reason) {

    public static Problem of(String column, String reason) {
        return new Problem(null, column, reason);
    }
}
