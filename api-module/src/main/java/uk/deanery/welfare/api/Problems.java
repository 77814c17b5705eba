package uk.deanery.welfare.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every problem found, so a caller can fix them all at once; nothing was stored. */
@Schema(description = "Every problem found; nothing was stored")
public record Problems(List<Problem> problems) {

    public Problems {
        problems = List.copyOf(problems);
    }

    public static Problems one(String column, String reason) {
        return new Problems(List.of(Problem.of(column, reason)));
    }
}
