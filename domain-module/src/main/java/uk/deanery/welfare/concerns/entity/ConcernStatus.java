package uk.deanery.welfare.concerns.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern is in its handling. A resolved concern may be reopened (the trainee says it is not over); a closed
 * one is final, so that closure figures in reports do not move.
 */
public enum ConcernStatus {
    OPEN("Open"),
    ACKNOWLEDGED("Acknowledged"),
    IN_PROGRESS("In progress"),
    RESOLVED("Resolved"),
    CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    /** In words, as the pages show it. */
    public String label() {
        return label;
    }

    public Set<ConcernStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(ConcernStatus.class);
        };
    }

    public boolean canMoveTo(ConcernStatus target) {
        return next().contains(target);
    }
}
