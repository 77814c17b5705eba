package uk.deanery.welfare.concerns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.control.ConcernNotices;
import uk.deanery.welfare.concerns.control.ConcernVisibility;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.ConcernNote;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.EscalationReason;
import uk.deanery.welfare.concerns.entity.SafetyOverride;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;

/**
 * Working a concern: whoever holds it acknowledges it, the people working it add notes and move its status, the
 * deanery's admins take concerns from the triage queue, and a director or admin may share one for safety. Each
 * change is refused if the concern changed since the caller's page showed it, and is audited with its value before
 * and after (never the text).
 */
@ApplicationScoped
@Transactional
public class ConcernWork {

    public static final String ACTION_ACKNOWLEDGE = "ACKNOWLEDGE_CONCERN";
    public static final String ACTION_TAKE_OWNERSHIP = "TAKE_CONCERN_OWNERSHIP";
    public static final String ACTION_SAFETY_OVERRIDE = "SAFETY_OVERRIDE";
    public static final String ACTION_NOTE = "ADD_CONCERN_NOTE";
    public static final String ACTION_CHANGE_STATUS = "CHANGE_CONCERN_STATUS";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    ConcernVisibility visibility;

    @Inject
    ConcernNotices notices;

    @Inject
    Clock clock;

    /**
     * Whoever holds the concern (or a deanery admin) says they have it in hand: the acknowledgement deadline no longer
     * runs. Someone who may read it but does not hold it is refused.
     */
    public WelfareConcern acknowledge(@NotBlank String reference) {
        return acknowledge(reference, null);
    }

    /** As {@link #acknowledge(String)}, refused if the concern changed since {@code seenVersion}. */
    public WelfareConcern acknowledge(@NotBlank String reference, Long seenVersion) {
        access.requireRole(ACTION_ACKNOWLEDGE, Role.SUPERVISOR, Role.TPD, Role.ADMIN);
        WelfareConcern concern = visibility.byReference(reference, ACTION_ACKNOWLEDGE);
        visibility.requireUnchanged(concern, seenVersion);
        Caller caller = access.caller();
        boolean holds = concern.getHolderEmail()
                .map(holder -> holder.equalsIgnoreCase(caller.name()))
                .orElse(false);
        if (!(caller.system() || caller.has(Role.ADMIN) || holds)) {
            throw access.deny(ACTION_ACKNOWLEDGE, ConcernService.SUBJECT_CONCERN, reference);
        }
        ConcernStatus before = concern.getStatus();
        concern.acknowledge(Instant.now(clock));
        audit.recordChange(ACTION_ACKNOWLEDGE, ConcernService.SUBJECT_CONCERN, reference, before, concern.getStatus());
        return concern;
    }

    /** The deanery's triage queue, for admins; each concern listed is audited. */
    public TriageQueue triageQueue() {
        access.requireRole(ConcernService.ACTION_LIST, Role.ADMIN);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        List<WelfareConcern> queue = em.createNamedQuery(WelfareConcern.FIND_TRIAGE, WelfareConcern.class)
                .setParameter(
                        "active", List.of(ConcernStatus.OPEN, ConcernStatus.ACKNOWLEDGED, ConcernStatus.IN_PROGRESS))
                .setParameter("deanery", ConcernLevel.DEANERY)
                .setParameter("deaneryOnly", ConcernSharing.DEANERY_ONLY)
                .setParameter("survey", ConcernSource.SURVEY)
                .setParameter("missed", EscalationReason.DEADLINE_MISSED)
                .getResultStream()
                .sorted(Comparator.comparing((WelfareConcern c) -> !c.isOverdue(now))
                        .thenComparing(
                                WelfareConcern::getAcknowledgeBy, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WelfareConcern::getRaisedAt, Comparator.reverseOrder()))
                .toList();
        queue.forEach(c -> audit.record(
                ConcernService.ACTION_LIST, ConcernService.SUBJECT_CONCERN, c.getReference(), AuditOutcome.ALLOWED));
        return new TriageQueue(
                queue,
                queue.stream().filter(c -> c.isDueOn(today)).count(),
                queue.stream().filter(c -> c.isOverdue(now)).count(),
                queue.stream().filter(c -> c.getOwnerEmail().isEmpty()).count());
    }

    /**
     * The safety override: a programme director (who may see the concern) or a deanery admin shares it with a named
     * person, whatever the trainee chose, because of a risk to the trainee, patients or the public. The reason is
     * required; the trainee is told by email and on the concern's page; the audit trail records it (not the reason).
     *
     * @throws ConflictException if it is already shared with that person
     */
    public SafetyOverride overrideForSafety(@NotBlank String reference, @NotNull @Valid SafetyShare share) {
        access.requireRole(ACTION_SAFETY_OVERRIDE, Role.TPD, Role.ADMIN);
        WelfareConcern concern = visibility.byReference(reference, ACTION_SAFETY_OVERRIDE);
        String person = Checks.normaliseEmail(share.email());
        if (visibility.isSharedForSafetyWith(concern, person)) {
            throw new ConflictException("sharedWith", "the concern is already shared with " + person);
        }
        SafetyOverride override =
                new SafetyOverride(concern, person, access.caller().name(), share.reason(), Instant.now(clock));
        em.persist(override);
        audit.record(ACTION_SAFETY_OVERRIDE, ConcernService.SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        notices.tellTraineeOfOverride(concern);
        return override;
    }

    /** The safety overrides of a concern, for whoever may read it. */
    public List<SafetyOverride> overridesOf(@NotBlank String reference) {
        access.requireRole(ConcernService.ACTION_READ, Role.values());
        WelfareConcern concern = visibility.byReference(reference, ConcernService.ACTION_READ);
        return em.createNamedQuery(SafetyOverride.FIND_BY_CONCERN, SafetyOverride.class)
                .setParameter("concern", concern)
                .getResultList();
    }

    /** A deanery admin takes the concern from the triage queue and works it. */
    public WelfareConcern takeOwnership(@NotBlank String reference) {
        return takeOwnership(reference, null);
    }

    /**
     * As {@link #takeOwnership(String)}, refused if the concern changed since {@code seenVersion}: of two admins
     * taking the same concern from the queue, the second is told instead of silently replacing the first.
     */
    public WelfareConcern takeOwnership(@NotBlank String reference, Long seenVersion) {
        access.requireRole(ACTION_TAKE_OWNERSHIP, Role.ADMIN);
        WelfareConcern concern = visibility.byReference(reference, ACTION_TAKE_OWNERSHIP);
        visibility.requireUnchanged(concern, seenVersion);
        String before = concern.getOwnerEmail().orElse("nobody");
        concern.takeOwnership(access.caller().name(), Instant.now(clock));
        audit.recordChange(
                ACTION_TAKE_OWNERSHIP,
                ConcernService.SUBJECT_CONCERN,
                reference,
                before,
                access.caller().name());
        return concern;
    }

    /**
     * A note by someone working the concern: its supervisor, programme director or a deanery admin (who may mark it
     * internal, hidden from the trainee). The text goes into the case file, never into the audit trail.
     */
    public ConcernNote addNote(
            @NotBlank String reference,
            @NotBlank(message = "is required")
                    @Size(max = ConcernNote.TEXT_MAX, message = "must be at most {max} characters")
                    String text,
            boolean internal) {
        access.requireRole(ACTION_NOTE, Role.SUPERVISOR, Role.TPD, Role.ADMIN);
        WelfareConcern concern = visibility.byReference(reference, ACTION_NOTE);
        Caller caller = access.caller();
        if (internal && !(caller.system() || caller.has(Role.ADMIN))) {
            throw new InvalidValueException("internal", "only the deanery's welfare team marks notes internal");
        }
        ConcernNote note = ConcernNote.note(concern, caller.name(), text, internal, Instant.now(clock));
        em.persist(note);
        audit.record(ACTION_NOTE, ConcernService.SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return note;
    }

    public WelfareConcern changeStatus(@NotBlank String reference, @NotNull ConcernStatus target) {
        return changeStatus(reference, target, null);
    }

    /**
     * Moves the concern on (in progress, resolved, closed; a resolved one may be reopened). Resolving or closing needs
     * a reason, which goes on the timeline the trainee sees.
     */
    public WelfareConcern changeStatus(
            @NotBlank String reference,
            @NotNull ConcernStatus target,
            @Size(max = ConcernNote.TEXT_MAX, message = "must be at most {max} characters") String reason) {
        return changeStatus(reference, target, reason, null);
    }

    /** As {@link #changeStatus(String, ConcernStatus, String)}, refused if the concern changed since {@code seenVersion}. */
    public WelfareConcern changeStatus(
            @NotBlank String reference,
            @NotNull ConcernStatus target,
            @Size(max = ConcernNote.TEXT_MAX, message = "must be at most {max} characters") String reason,
            Long seenVersion) {
        if (target == ConcernStatus.ACKNOWLEDGED) {
            return acknowledge(reference, seenVersion);
        }
        access.requireRole(ACTION_CHANGE_STATUS, Role.SUPERVISOR, Role.TPD, Role.ADMIN);
        WelfareConcern concern = visibility.byReference(reference, ACTION_CHANGE_STATUS);
        visibility.requireUnchanged(concern, seenVersion);
        boolean ending = target == ConcernStatus.RESOLVED || target == ConcernStatus.CLOSED;
        if (ending && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "is required to resolve or close a concern");
        }
        ConcernStatus from = concern.getStatus();
        concern.moveTo(target, Instant.now(clock));
        if (reason != null && !reason.isBlank()) {
            em.persist(ConcernNote.statusChange(
                    concern, access.caller().name(), from, target, reason, Instant.now(clock)));
        }
        audit.recordChange(ACTION_CHANGE_STATUS, ConcernService.SUBJECT_CONCERN, reference, from, target);
        return concern;
    }
}
