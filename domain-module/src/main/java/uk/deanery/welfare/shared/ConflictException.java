package uk.deanery.welfare.shared;

/**
 * A request that is well-formed but clashes with data already held: a duplicate key, an overlapping period, a status
 * change the workflow does not allow.
 */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String reason;

    public ConflictException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String getField() {
        return field;
    }

    public String getReason() {
        return reason;
    }
}
