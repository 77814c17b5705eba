package uk.deanery.welfare.audit.entity;

/** Whether the audited access was allowed or refused. */
public enum AuditOutcome {
    ALLOWED,
    DENIED
}
