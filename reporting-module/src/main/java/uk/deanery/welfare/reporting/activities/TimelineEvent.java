package uk.deanery.welfare.reporting.activities;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A survey wave or a support activity of one cohort, on the day it opened or started.
 *
 * @param kind in words: "Baseline, before starting", "Webinar"
 */
public record TimelineEvent(LocalDate day, Type type, String title, String kind) implements Serializable {

    /** What is on the time line. */
    public enum Type {
        WAVE("Survey wave"),
        ACTIVITY("Support activity");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
