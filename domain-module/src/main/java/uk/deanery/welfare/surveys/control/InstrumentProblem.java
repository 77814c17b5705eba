package uk.deanery.welfare.surveys.control;

import java.io.Serializable;

/**
 * One thing wrong with an instrument file.
 *
 * @param path where, as a JSON path from the document root, e.g. {@code $.sections[1].items[3].type}
 * @param reason what is wrong, in words an administrator can act on
 */
public record InstrumentProblem(String path, String reason) implements Serializable {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
