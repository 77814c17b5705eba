package uk.deanery.welfare.reporting.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an investigator looks for in the audit trail; every part is optional. Dates are the deanery's days (UK time),
 * {@code to} included.
 */
public record AuditFilter(
        Optional<String> actor,
        Optional<String> subjectId,
        Optional<String> action,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {

    public static AuditFilter everything() {
        return new AuditFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Blank text counts as "any". */
    public static AuditFilter of(String actor, String subjectId, String action, LocalDate from, LocalDate to) {
        return new AuditFilter(
                text(actor), text(subjectId), text(action), Optional.ofNullable(from), Optional.ofNullable(to));
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
