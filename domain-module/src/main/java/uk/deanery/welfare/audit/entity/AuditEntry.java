package uk.deanery.welfare.audit.entity;

import static uk.deanery.welfare.shared.Checks.required;
import static uk.deanery.welfare.shared.Checks.requiredText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.deanery.welfare.shared.InstantConverter;

/**
 * One line of the audit trail: who did what to which record, and whether it was allowed. Written once, never changed,
 * and never holds the content of what was accessed (only its type and id).
 */
@Entity
@Table(name = "audit_entry", indexes = @Index(name = "ix_audit_subject", columnList = "subject_type, subject_id"))
@NamedQuery(
        name = AuditEntry.FIND_BY_SUBJECT,
        query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :subjectType AND a.subjectId = :subjectId"
                + " ORDER BY a.occurredAt, a.id")
@NamedQuery(
        name = AuditEntry.COUNT_DENIED_SINCE,
        query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = :subjectType AND a.subjectId = :subjectId"
                + " AND a.actor = :actor AND a.action = :action AND a.outcome = :denied AND a.occurredAt >= :since")
@NamedQuery(name = AuditEntry.FIND_RECENT, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry implements Serializable {

    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";
    public static final String FIND_RECENT = "AuditEntry.findRecent";
    /** Parameters subjectType, subjectId, actor, action, denied and since: refusals of one caller since then. */
    public static final String COUNT_DENIED_SINCE = "AuditEntry.countDeniedSince";

    public static final int ACTOR_MAX = 254;
    public static final int ACTION_MAX = 60;
    public static final int SUBJECT_TYPE_MAX = 60;
    public static final int SUBJECT_ID_MAX = 60;
    public static final int CHANGE_MAX = 200;

    // The generator is declared once on BaseEntity; generator names are global to the persistence unit.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @NotNull
    @Size(max = ACTOR_MAX)
    @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @NotNull
    @Size(max = ACTION_MAX)
    @Column(name = "action", nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @NotNull
    @Size(max = SUBJECT_TYPE_MAX)
    @Column(name = "subject_type", nullable = false, updatable = false, length = SUBJECT_TYPE_MAX)
    private String subjectType;

    @Size(max = SUBJECT_ID_MAX)
    @Column(name = "subject_id", updatable = false, length = SUBJECT_ID_MAX)
    private String subjectId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 10)
    private AuditOutcome outcome;

    // Before and after, for a change; states and levels only, never content.
    @Size(max = CHANGE_MAX)
    @Column(name = "change_detail", updatable = false, length = CHANGE_MAX)
    private String change;

    protected AuditEntry() {}

    /** An entry for a change, with the value before and after. */
    public AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            AuditOutcome outcome,
            String before,
            String after) {
        this(occurredAt, actor, action, subjectType, subjectId, outcome);
        this.change = requiredText("change", fit(before) + " -> " + fit(after), CHANGE_MAX);
    }

    /** One side of a change shortened to half the column, so that both always fit. */
    private static String fit(String side) {
        int max = (CHANGE_MAX - 4) / 2;
        return side.length() <= max ? side : side.substring(0, max - 1) + "\u2026";
    }

    /**
     * An entry for a read with the parameters it was asked with (a report's filters: codes and counts, never
     * personal data), shortened to fit.
     */
    public static AuditEntry withParameters(
            Instant occurredAt, String actor, String action, String subjectType, String subjectId, String parameters) {
        AuditEntry entry = new AuditEntry(occurredAt, actor, action, subjectType, subjectId, AuditOutcome.ALLOWED);
        String text = requiredText("parameters", parameters, Integer.MAX_VALUE);
        entry.change = text.length() <= CHANGE_MAX ? text : text.substring(0, CHANGE_MAX - 1) + "\u2026";
        return entry;
    }

    /** "before -> after" for a change, the parameters of a report run, empty for other reads and refusals. */
    public java.util.Optional<String> getChange() {
        return java.util.Optional.ofNullable(change);
    }

    public AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            AuditOutcome outcome) {
        // Both databases keep microseconds; truncating now makes the saved value equal the one in memory.
        this.occurredAt = required("occurredAt", occurredAt).truncatedTo(ChronoUnit.MICROS);
        this.actor = requiredText("actor", actor, ACTOR_MAX);
        this.action = requiredText("action", action, ACTION_MAX);
        this.subjectType = requiredText("subjectType", subjectType, SUBJECT_TYPE_MAX);
        this.subjectId = subjectId == null ? null : requiredText("subjectId", subjectId, SUBJECT_ID_MAX);
        this.outcome = required("outcome", outcome);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return occurredAt + " " + actor + " " + action + " " + subjectType + ":" + subjectId + " " + outcome;
    }
}
