package uk.deanery.welfare.access.boundary;

/**
 * Fired, synchronously, when a service refuses a caller: the audit trail records it (who, what, when; never the
 * content) before the refusal is thrown. An event rather than a call, so the rules about callers depend on nothing
 * that records them.
 */
public record AccessRefused(String action, String subjectType, String subjectId) {}
