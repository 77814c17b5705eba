package uk.deanery.welfare.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.boundary.AccessRefused;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;

/** The audit trail: who did what to which record, and whether it was allowed. Never the content. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /**
     * Records an access as part of the caller's transaction, so the entry exists exactly when the change does.
     * Mandatory rather than required: an audit entry written on its own would survive a rolled-back change.
     */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(
            @NotBlank String action, @NotBlank String subjectType, String subjectId, @NotNull AuditOutcome outcome) {
        AuditEntry entry = new AuditEntry(Instant.now(clock), currentActor(), action, subjectType, subjectId, outcome);
        em.persist(entry);
        return entry;
    }

    /** Records a read with the parameters it was asked with (a report's filters), as {@link #record}. */
    @Transactional(TxType.MANDATORY)
    public AuditEntry recordWithParameters(
            @NotBlank String action, @NotBlank String subjectType, String subjectId, @NotBlank String parameters) {
        AuditEntry entry = AuditEntry.withParameters(
                Instant.now(clock), currentActor(), action, subjectType, subjectId, parameters);
        em.persist(entry);
        return entry;
    }

    /** Records a change with its value before and after (states and levels, never content), as {@link #record}. */
    @Transactional(TxType.MANDATORY)
    public AuditEntry recordChange(
            @NotBlank String action,
            @NotBlank String subjectType,
            String subjectId,
            @NotNull Object before,
            @NotNull Object after) {
        AuditEntry entry = new AuditEntry(
                Instant.now(clock),
                currentActor(),
                action,
                subjectType,
                subjectId,
                AuditOutcome.ALLOWED,
                before.toString(),
                after.toString());
        em.persist(entry);
        return entry;
    }

    /**
     * Records a refused access in a transaction of its own: the refusal usually ends in an exception that rolls the
     * caller's transaction back, and the attempt must still be on record.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public AuditEntry recordDenied(@NotBlank String action, @NotBlank String subjectType, String subjectId) {
        AuditEntry entry =
                new AuditEntry(Instant.now(clock), currentActor(), action, subjectType, subjectId, AuditOutcome.DENIED);
        em.persist(entry);
        return entry;
    }

    /**
     * As {@link #recordDenied}, but once per caller, action and subject within the window: a page refused by role
     * can be reloaded in a loop, and the trail must stay readable. Returns whether it wrote an entry.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean recordDeniedOncePer(
            @NotNull Duration window, @NotBlank String action, @NotBlank String subjectType, String subjectId) {
        Instant now = Instant.now(clock);
        String actor = currentActor();
        long recent = em.createNamedQuery(AuditEntry.COUNT_DENIED_SINCE, Long.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("denied", AuditOutcome.DENIED)
                .setParameter("since", now.minus(window))
                .getSingleResult();
        if (recent > 0) {
            return false;
        }
        em.persist(new AuditEntry(now, actor, action, subjectType, subjectId, AuditOutcome.DENIED));
        return true;
    }

    /** Every refusal a service announces is on record, in a transaction of its own as {@link #recordDenied}. */
    @Transactional(TxType.REQUIRES_NEW)
    public void onRefusal(@Observes AccessRefused refused) {
        em.persist(new AuditEntry(
                Instant.now(clock),
                currentActor(),
                refused.action(),
                refused.subjectType(),
                refused.subjectId(),
                AuditOutcome.DENIED));
    }

    @Transactional
    public List<AuditEntry> entriesFor(@NotBlank String subjectType, @NotBlank String subjectId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .getResultList();
    }

    @Transactional
    public List<AuditEntry> recent(int maxResults) {
        return em.createNamedQuery(AuditEntry.FIND_RECENT, AuditEntry.class)
                .setMaxResults(maxResults)
                .getResultList();
    }

    /** The caller's name: the signed-in person's email, "system" for the application's own work, or "anonymous". */
    public String currentActor() {
        return access.caller().name();
    }
}
