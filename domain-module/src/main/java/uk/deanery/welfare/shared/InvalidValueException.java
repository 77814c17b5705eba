package uk.deanery.welfare.shared;

/**
 * A value that breaks an invariant of a value object or entity. Carries the field so that a form or an import report
 * can point at what was wrong instead of showing a bare message.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
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
