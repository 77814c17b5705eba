package uk.deanery.welfare.retention.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something the retention policy will anonymise at its next run: a closed concern (by reference), or the linked
 * answers of a wave (by its title), with the day its period started and how many records it covers.
 */
public record DueItem(Kind kind, String reference, String title, LocalDate since, long records)
        implements Serializable {

    public enum Kind {
        CONCERN("Concern"),
        SURVEY_ANSWERS("Survey answers");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
