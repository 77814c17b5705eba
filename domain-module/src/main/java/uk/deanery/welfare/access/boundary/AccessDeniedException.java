package uk.deanery.welfare.access.boundary;

/**
 * The caller may not do this. The message names the action only, never the data that was asked for, and the
 * attempt is already in the audit log when this is thrown.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    public AccessDeniedException(String action) {
        super("Access denied: " + action);
        this.action = action;
    }

    public String getAction() {
        return action;
    }
}
