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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.control.ConcernNotices;
import uk.deanery.welfare.concerns.control.ConcernRouter;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.ConcernNote;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernSource;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.EscalationReason;
import uk.deanery.welfare.concerns.entity.SafetyOverride;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.trainees.boundary.TraineeService;
import uk.deanery.welfare.trainees.entity.Trainee;

/**
 * Raising and reading welfare concerns. Each call leaves an audit entry in the same transaction; the entry names the
 * concern or trainee, never the description.
 */
@ApplicationScoped
@Transactional
public class ConcernService {

    public static final String SUBJECT_CONCERN = "WelfareConcern";
    public static final String SUBJECT_TRAINEE = "Trainee";
    public static final String ACTION_RAISE = "RAISE_CONCERN";
    public static final String ACTION_LIST = "LIST_CONCERNS";
    public static final String ACTION_CHANGE_STATUS = "CHANGE_CONCERN_STATUS";
    public static final String ACTION_READ = "READ_CONCERN";
    public static final String ACTION_ACKNOWLEDGE = "ACKNOWLEDGE_CONCERN";
    public static final String ACTION_TAKE_OWNERSHIP = "TAKE_CONCERN_OWNERSHIP";
    public static final String ACTION_READ_TRAIL = "READ_CONCERN_TRAIL";
    public static final String ACTION_SAFETY_OVERRIDE = "SAFETY_OVERRIDE";
    public static final String ACTION_NOTE = "ADD_CONCERN_NOTE";
    private static final Set<String> NOT_ON_THE_TIMELINE =
            Set.of(ACTION_READ, ACTION_LIST, ACTION_READ_TRAIL, ACTION_NOTE);
    public static final String ACTION_SHARE = "SHARE_CONCERN_WITH_SUPERVISOR";
    public static final String ACTION_UNSHARE = "UNSHARE_CONCERN_FROM_SUPERVISOR";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    TraineeService trainees;

    @Inject
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    SupervisionService supervision;

    @Inject
    ConcernRouter router;

    @Inject
    ConcernNotices notices;

    @Inject
    Clock clock;

    public WelfareConcern raise(@NotNull @Valid ConcernSubmission submission) {
        access.requireRole(ACTION_RAISE, Role.TRAINEE, Role.ADMIN);
        Trainee trainee = trainees.require(submission.traineeGmcNumber());
        access.requireSelfOrAdmin(ACTION_RAISE, trainee);
        ConcernCategory category = category(submission.categoryCode())
                .orElseThrow(() -> new NotFoundException("concern category", submission.categoryCode()));
        WelfareConcern concern = new WelfareConcern(
                trainee,
                category,
                submission.description(),
                submission.sharing(),
                ConcernSource.SELF,
                Instant.now(clock));
        em.persist(concern);
        audit.record(ACTION_RAISE, SUBJECT_CONCERN, concern.getReference(), AuditOutcome.ALLOWED);
        router.routeNew(concern, concern.getRaisedAt());
        return concern;
    }

    /** The trainee's concerns that the caller may see, newest first. */
    public List<WelfareConcern> listForTrainee(@NotBlank String traineeGmcNumber) {
        access.requireRole(ACTION_LIST, Role.values());
        Trainee trainee = trainees.require(traineeGmcNumber);
        List<WelfareConcern> concerns = em.createNamedQuery(WelfareConcern.FIND_BY_TRAINEE, WelfareConcern.class)
                .setParameter("trainee", trainee)
                .getResultStream()
                .filter(this::mayRead)
                .toList();
        audit.record(ACTION_LIST, SUBJECT_TRAINEE, trainee.getGmcNumber().getDigits(), AuditOutcome.ALLOWED);
        return concerns;
    }

    /** One concern, for whoever may see its trainee's records; the read is audited. */
    public WelfareConcern find(@NotBlank String reference) {
        access.requireRole(ACTION_READ, Role.values());
        WelfareConcern concern = byReference(reference, ACTION_READ);
        audit.record(ACTION_READ, SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return concern;
    }

    /**
     * The trainee's own choice of who may see their concern. Withdrawing it ends the supervisor's (and programme
     * director's) access from this moment; what they read before stays in the audit trail.
     */
    public WelfareConcern changeSharing(@NotBlank String reference, @NotNull ConcernSharing sharing) {
        return changeSharing(reference, sharing, null);
    }

    /** As {@link #changeSharing(String, ConcernSharing)}, refused if the concern changed since {@code seenVersion}. */
    public WelfareConcern changeSharing(@NotBlank String reference, @NotNull ConcernSharing sharing, Long seenVersion) {
        String action = sharing == ConcernSharing.SUPERVISOR_AND_DEANERY ? ACTION_SHARE : ACTION_UNSHARE;
        access.requireRole(action, Role.TRAINEE);
        WelfareConcern concern = byReference(reference, action);
        requireUnchanged(concern, seenVersion);
        if (!access.isSelf(concern.getTrainee())) {
            throw access.deny(action, SUBJECT_CONCERN, reference);
        }
        ConcernSharing before = concern.getSharing();
        if (before != sharing) {
            concern.shareWith(sharing);
            audit.recordChange(action, SUBJECT_CONCERN, reference, before, sharing);
        }
        return concern;
    }

    /** The concerns of the trainees the calling supervisor supervises today. */
    public List<WelfareConcern> listForMyTrainees() {
        access.requireRole(ACTION_LIST, Role.SUPERVISOR);
        List<WelfareConcern> concerns = new ArrayList<>();
        access.linkedSupervisor().ifPresent(me -> supervision
                .traineesSupervisedOn(me, LocalDate.now(clock))
                .forEach(t -> concerns.addAll(listForTrainee(t.getGmcNumber().getDigits()))));
        concerns.sort(WelfareConcern.overdueThenNewest(Instant.now(clock)));
        return concerns;
    }

    /** The concerns of trainees in the programmes the calling training programme director directs. */
    public List<WelfareConcern> listForMyProgrammes() {
        access.requireRole(ACTION_LIST, Role.TPD);
        List<Programme> programmes = access.directedProgrammes();
        if (programmes.isEmpty()) {
            return List.of();
        }
        List<WelfareConcern> concerns = em.createQuery(
                        "SELECT DISTINCT c FROM WelfareConcern c, ProgrammeMembership m WHERE m.trainee = c.trainee"
                                + " AND m.programme IN :programmes ORDER BY c.raisedAt DESC",
                        WelfareConcern.class)
                .setParameter("programmes", programmes)
                .getResultStream()
                .filter(this::mayRead)
                .toList();
        concerns.forEach(c -> audit.record(
                ACTION_LIST, SUBJECT_TRAINEE, c.getTrainee().getGmcNumber().getDigits(), AuditOutcome.ALLOWED));
        return concerns.stream()
                .sorted(WelfareConcern.overdueThenNewest(Instant.now(clock)))
                .toList();
    }

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
        WelfareConcern concern = byReference(reference, ACTION_ACKNOWLEDGE);
        requireUnchanged(concern, seenVersion);
        Caller caller = access.caller();
        boolean holds = concern.getHolderEmail()
                .map(holder -> holder.equalsIgnoreCase(caller.name()))
                .orElse(false);
        if (!(caller.system() || caller.has(Role.ADMIN) || holds)) {
            throw access.deny(ACTION_ACKNOWLEDGE, SUBJECT_CONCERN, reference);
        }
        ConcernStatus before = concern.getStatus();
        concern.acknowledge(Instant.now(clock));
        audit.recordChange(ACTION_ACKNOWLEDGE, SUBJECT_CONCERN, reference, before, concern.getStatus());
        return concern;
    }

    /** The deanery's triage queue, for admins; each concern listed is audited. */
    public TriageQueue triageQueue() {
        access.requireRole(ACTION_LIST, Role.ADMIN);
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
        queue.forEach(c -> audit.record(ACTION_LIST, SUBJECT_CONCERN, c.getReference(), AuditOutcome.ALLOWED));
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
        WelfareConcern concern = byReference(reference, ACTION_SAFETY_OVERRIDE);
        String person = Checks.normaliseEmail(share.email());
        if (isSharedForSafetyWith(concern, person)) {
            throw new ConflictException("sharedWith", "the concern is already shared with " + person);
        }
        SafetyOverride override =
                new SafetyOverride(concern, person, access.caller().name(), share.reason(), Instant.now(clock));
        em.persist(override);
        audit.record(ACTION_SAFETY_OVERRIDE, SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        notices.tellTraineeOfOverride(concern);
        return override;
    }

    /** The safety overrides of a concern, for whoever may read it. */
    public List<SafetyOverride> overridesOf(@NotBlank String reference) {
        access.requireRole(ACTION_READ, Role.values());
        WelfareConcern concern = byReference(reference, ACTION_READ);
        return em.createNamedQuery(SafetyOverride.FIND_BY_CONCERN, SafetyOverride.class)
                .setParameter("concern", concern)
                .getResultList();
    }

    private boolean isSharedForSafetyWith(WelfareConcern concern, String email) {
        return em.createNamedQuery(SafetyOverride.COUNT_FOR_PERSON, Long.class)
                        .setParameter("concern", concern)
                        .setParameter("email", Checks.normaliseEmail(email))
                        .getSingleResult()
                > 0;
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
        WelfareConcern concern = byReference(reference, ACTION_TAKE_OWNERSHIP);
        requireUnchanged(concern, seenVersion);
        String before = concern.getOwnerEmail().orElse("nobody");
        concern.takeOwnership(access.caller().name(), Instant.now(clock));
        audit.recordChange(
                ACTION_TAKE_OWNERSHIP,
                SUBJECT_CONCERN,
                reference,
                before,
                access.caller().name());
        return concern;
    }

    /**
     * Who has looked at or acted on the concern, and when: for the trainee it is about and the deanery's admins.
     * Reading the trail is itself audited.
     */
    public List<AuditEntry> trail(@NotBlank String reference) {
        access.requireRole(ACTION_READ_TRAIL, Role.TRAINEE, Role.ADMIN);
        WelfareConcern concern = byReference(reference, ACTION_READ_TRAIL);
        Caller caller = access.caller();
        if (!(caller.system() || caller.has(Role.ADMIN) || access.isSelf(concern.getTrainee()))) {
            throw access.deny(ACTION_READ_TRAIL, SUBJECT_CONCERN, reference);
        }
        List<AuditEntry> entries = audit.entriesFor(SUBJECT_CONCERN, reference);
        audit.record(ACTION_READ_TRAIL, SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return entries;
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
        WelfareConcern concern = byReference(reference, ACTION_NOTE);
        Caller caller = access.caller();
        if (internal && !(caller.system() || caller.has(Role.ADMIN))) {
            throw new InvalidValueException("internal", "only the deanery's welfare team marks notes internal");
        }
        ConcernNote note = ConcernNote.note(concern, caller.name(), text, internal, Instant.now(clock));
        em.persist(note);
        audit.record(ACTION_NOTE, SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return note;
    }

    /**
     * The case timeline, oldest first: every change of the concern from the audit trail (who and when), with the notes
     * and status-change reasons of the people working it. The trainee, and anyone but the deanery's admins, does not
     * see the notes the deanery marked internal.
     */
    public List<TimelineEntry> timeline(@NotBlank String reference) {
        access.requireRole(ACTION_READ, Role.values());
        WelfareConcern concern = byReference(reference, ACTION_READ);
        Caller caller = access.caller();
        boolean deanery = caller.system() || caller.has(Role.ADMIN);
        List<TimelineEntry> entries = new ArrayList<>();
        audit.entriesFor(SUBJECT_CONCERN, reference).stream()
                .filter(e -> e.getOutcome() == AuditOutcome.ALLOWED && !NOT_ON_THE_TIMELINE.contains(e.getAction()))
                .forEach(e -> entries.add(new TimelineEntry(
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction() + e.getChange().map(c -> " (" + c + ")").orElse(""),
                        "",
                        false)));
        em.createNamedQuery(ConcernNote.FIND_BY_CONCERN, ConcernNote.class)
                .setParameter("concern", concern)
                .getResultStream()
                .filter(note -> deanery || !note.isInternal())
                .forEach(note -> entries.add(new TimelineEntry(
                        note.getWrittenAt(),
                        note.getAuthor(),
                        note.getKind() == ConcernNote.Kind.NOTE
                                ? "NOTE"
                                : "STATUS " + note.getFromStatus().orElseThrow() + " -> "
                                        + note.getToStatus().orElseThrow(),
                        note.getText(),
                        note.isInternal())));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
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
        WelfareConcern concern = byReference(reference, ACTION_CHANGE_STATUS);
        requireUnchanged(concern, seenVersion);
        boolean ending = target == ConcernStatus.RESOLVED || target == ConcernStatus.CLOSED;
        if (ending && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "is required to resolve or close a concern");
        }
        ConcernStatus from = concern.getStatus();
        concern.moveTo(target);
        if (reason != null && !reason.isBlank()) {
            em.persist(ConcernNote.statusChange(
                    concern, access.caller().name(), from, target, reason, Instant.now(clock)));
        }
        audit.recordChange(ACTION_CHANGE_STATUS, SUBJECT_CONCERN, reference, from, target);
        return concern;
    }

    /** Nothing may be decided on a concern as it stood before someone else changed it. */
    private static void requireUnchanged(WelfareConcern concern, Long seenVersion) {
        if (seenVersion != null && concern.getVersion() != seenVersion) {
            throw new ConflictException(
                    "version",
                    "someone else changed this concern since you opened it; reload the page to see what they did");
        }
    }

    private WelfareConcern byReference(String reference, String action) {
        WelfareConcern concern = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("concern", reference));
        if (!mayRead(concern)) {
            throw access.deny(action, SUBJECT_CONCERN, reference);
        }
        return concern;
    }

    /**
     * Who may see a concern: the deanery (admins) always, the trainee their own; their supervisor today only if the
     * trainee shared it and it is not about the supervisor relationship; the director of their programme if the
     * trainee shared it beyond the deanery or it was routed or escalated to them. A concern about the supervisor
     * relationship is never shown to the trainee's supervisor, whatever other role they hold.
     */
    private boolean mayRead(WelfareConcern concern) {
        Caller caller = access.caller();
        Trainee trainee = concern.getTrainee();
        if (caller.system() || caller.has(Role.ADMIN) || access.isSelf(trainee)) {
            return true;
        }
        if (!caller.isAnonymous() && isSharedForSafetyWith(concern, caller.name())) {
            return true;
        }
        if (concern.getCategory().isAboutSupervisor() && isSupervisorToday(caller, trainee)) {
            return false;
        }
        return (caller.has(Role.SUPERVISOR) && concern.isVisibleToSupervisor() && access.supervisesToday(trainee))
                || (caller.has(Role.TPD)
                        && (concern.getSharing() == ConcernSharing.SUPERVISOR_AND_DEANERY
                                || concern.isDirectorInvolved())
                        && access.directsProgrammeOf(trainee));
    }

    private boolean isSupervisorToday(Caller caller, Trainee trainee) {
        LocalDate today = LocalDate.now(clock);
        return Actors.runAsSystem(() -> supervision.supervisorOn(trainee, today))
                .map(supervisor -> supervisor.getEmail().equalsIgnoreCase(caller.name()))
                .orElse(false);
    }

    public List<ConcernCategory> categories() {
        return em.createNamedQuery(ConcernCategory.FIND_ALL, ConcernCategory.class)
                .getResultList();
    }

    public Optional<ConcernCategory> category(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ConcernCategory.class, code.strip().toUpperCase(Locale.ROOT)));
    }
}
