package uk.deanery.welfare.concerns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.control.ConcernVisibility;
import uk.deanery.welfare.concerns.control.TimelineWords;
import uk.deanery.welfare.concerns.entity.ConcernNote;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;

/**
 * A concern's case file: the timeline of everything that happened to it, in words, with the notes of the people
 * working it, and the trail of who looked at it.
 */
@ApplicationScoped
@Transactional
public class ConcernCaseFile {

    public static final String ACTION_READ_TRAIL = "READ_CONCERN_TRAIL";
    private static final Set<String> NOT_ON_THE_TIMELINE =
            Set.of(ConcernService.ACTION_READ, ConcernService.ACTION_LIST, ACTION_READ_TRAIL, ConcernWork.ACTION_NOTE);

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    @Inject
    ConcernVisibility visibility;

    /**
     * Who has looked at or acted on the concern, and when: for the trainee it is about and the deanery's admins.
     * Reading the trail is itself audited.
     */
    public List<AuditEntry> trail(@NotBlank String reference) {
        access.requireRole(ACTION_READ_TRAIL, Role.TRAINEE, Role.ADMIN);
        WelfareConcern concern = visibility.byReference(reference, ACTION_READ_TRAIL);
        Caller caller = access.caller();
        if (!(caller.system() || caller.has(Role.ADMIN) || traineeAccess.isSelf(concern.getTrainee()))) {
            throw access.deny(ACTION_READ_TRAIL, ConcernService.SUBJECT_CONCERN, reference);
        }
        List<AuditEntry> entries = audit.entriesFor(ConcernService.SUBJECT_CONCERN, reference);
        audit.record(ACTION_READ_TRAIL, ConcernService.SUBJECT_CONCERN, reference, AuditOutcome.ALLOWED);
        return entries;
    }

    /**
     * The case timeline, oldest first: every change of the concern from the audit trail (who and when), with the notes
     * and status-change reasons of the people working it. The trainee, and anyone but the deanery's admins, does not
     * see the notes the deanery marked internal.
     */
    public List<TimelineEntry> timeline(@NotBlank String reference) {
        access.requireRole(ConcernService.ACTION_READ, Role.values());
        WelfareConcern concern = visibility.byReference(reference, ConcernService.ACTION_READ);
        Caller caller = access.caller();
        boolean deanery = caller.system() || caller.has(Role.ADMIN);
        List<TimelineEntry> entries = new ArrayList<>();
        audit.entriesFor(ConcernService.SUBJECT_CONCERN, reference).stream()
                .filter(e -> e.getOutcome() == AuditOutcome.ALLOWED && !NOT_ON_THE_TIMELINE.contains(e.getAction()))
                .forEach(e -> entries.add(new TimelineEntry(
                        e.getOccurredAt(), e.getActor(), TimelineWords.of(e.getAction(), e.getChange()), "", false)));
        em.createNamedQuery(ConcernNote.FIND_BY_CONCERN, ConcernNote.class)
                .setParameter("concern", concern)
                .getResultStream()
                .filter(note -> deanery || !note.isInternal())
                .forEach(note -> entries.add(new TimelineEntry(
                        note.getWrittenAt(),
                        note.getAuthor(),
                        note.getKind() == ConcernNote.Kind.NOTE
                                ? TimelineWords.note()
                                : TimelineWords.reasonFor(note.getToStatus().orElseThrow()),
                        note.getText(),
                        note.isInternal())));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}
