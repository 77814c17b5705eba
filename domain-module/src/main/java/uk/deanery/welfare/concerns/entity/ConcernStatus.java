package uk.deanery.welfare.concerns.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern is in its handling. A resolved concern may be reopened (the trainee says it is not over); a closed
 * one is final, so that closure figures in reports do not move.
 */
public enum ConcernStatus {
    OPEN,
    ACKNOWLEDGED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

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
