package uk.deanery.welfare.audit.entity;

/** Whether the audited access was allowed or refused. */
public enum AuditOutcome {
    ALLOWED("Allowed"),
    DENIED("Refused");

    private final String label;

    AuditOutcome(String label) {
        this.label = label;
    }

    /** The outcome in words, as the audit pages show it; the CSV export keeps the name. */
    public String label() {
        return label;
    }
}
