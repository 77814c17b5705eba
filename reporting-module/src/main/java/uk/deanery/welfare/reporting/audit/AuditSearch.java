package uk.deanery.welfare.reporting.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.platform.time.DeaneryClock;

/**
 * The audit trail for deanery admins: filtered by person, subject (a concern's reference, a trainee's GMC number),
 * action and dates, newest first, a page at a time. Every search is itself audited. The trail holds who, what and
 * when, never the content of a concern or an answer.
 */
@ApplicationScoped
@Transactional
public class AuditSearch {

    public static final String ACTION_SEARCH = "SEARCH_AUDIT";
    public static final String SUBJECT_AUDIT = "AuditTrail";
    public static final String ACTION_EXPORT = "EXPORT_AUDIT";
    public static final int PAGE_MAX = 500;
    public static final int EXPORT_MAX = 50_000;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    public List<AuditEntry> search(@NotNull AuditFilter filter, @Min(0) int first, @Min(1) @Max(PAGE_MAX) int max) {
        access.requireRole(ACTION_SEARCH, Role.ADMIN);
        List<AuditEntry> page = select(filter, first, max);
        audit.record(ACTION_SEARCH, SUBJECT_AUDIT, filter.subjectId().orElse("*"), AuditOutcome.ALLOWED);
        return page;
    }

    /** Everything the filter matches, newest first, at most {@link #EXPORT_MAX} entries, for a CSV download. */
    public List<AuditEntry> export(@NotNull AuditFilter filter) {
        access.requireRole(ACTION_EXPORT, Role.ADMIN);
        List<AuditEntry> entries = select(filter, 0, EXPORT_MAX);
        audit.record(ACTION_EXPORT, SUBJECT_AUDIT, filter.subjectId().orElse("*"), AuditOutcome.ALLOWED);
        return entries;
    }

    private List<AuditEntry> select(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(matching(cb, entry, filter)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(@NotNull AuditFilter filter) {
        access.requireRole(ACTION_SEARCH, Role.ADMIN);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        filter.actor().ifPresent(actor -> where.add(cb.equal(entry.get("actor"), actor.toLowerCase(Locale.ROOT))));
        filter.subjectId().ifPresent(subject -> where.add(cb.equal(entry.get("subjectId"), subject)));
        filter.action().ifPresent(action -> where.add(cb.equal(entry.get("action"), action.toUpperCase(Locale.ROOT))));
        filter.from()
                .ifPresent(day -> where.add(cb.greaterThanOrEqualTo(
                        entry.<Instant>get("occurredAt"),
                        day.atStartOfDay(DeaneryClock.ZONE).toInstant())));
        filter.to()
                .ifPresent(day -> where.add(cb.lessThan(
                        entry.<Instant>get("occurredAt"),
                        day.plusDays(1).atStartOfDay(DeaneryClock.ZONE).toInstant())));
        return where.toArray(Predicate[]::new);
    }
}
