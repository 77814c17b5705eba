package uk.deanery.welfare.web.concerns;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.concerns.boundary.ConcernCaseFile;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.TimelineEntry;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.ConcernStatus;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;
import uk.deanery.welfare.web.Pages;

/**
 * Backs {@code concern.xhtml?ref=...}. The reference comes from the address bar, so the service decides who may
 * see it: someone else's concern is a 403 (and an audit entry), an unknown one a 404.
 */
@Named
@ViewScoped
public class ConcernBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernService concerns;

    @Inject
    ConcernWork work;

    @Inject
    ConcernCaseFile caseFile;

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess traineeAccess;

    private String reference;
    private WelfareConcern concern;
    private boolean mine;
    private List<AuditEntry> trail = List.of();
    private List<TimelineEntry> timeline = List.of();
    private String noteText;
    private boolean noteInternal;
    private ConcernStatus targetStatus;
    private String statusReason;

    public void load() {
        if (reference == null || reference.isBlank()) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            concern = concerns.find(reference);
            mine = traineeAccess.isSelf(concern.getTrainee());
            loadTrail();
            timeline = caseFile.timeline(reference);
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        } catch (NotFoundException unknown) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** After a change: who looked at it, and its timeline, as they are now. */
    void reloadCaseFile() {
        loadTrail();
    }

    private void loadTrail() {
        Caller caller = access.caller();
        trail = mine || caller.has(Role.ADMIN) ? caseFile.trail(reference) : List.of();
        timeline = caseFile.timeline(reference);
    }

    public void addNote() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            work.addNote(reference, noteText, noteInternal);
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "notes");
            context.validationFailed();
            return;
        } catch (InvalidValueException refused) {
            context.addMessage(
                    "notes:internal", new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getReason(), null));
            context.validationFailed();
            return;
        }
        noteText = null;
        noteInternal = false;
        loadTrail();
        done("Note added.");
    }

    public void changeStatus() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (targetStatus == null) {
            context.addMessage("moves:status", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose a status.", null));
            context.validationFailed();
            return;
        }
        try {
            concern = work.changeStatus(reference, targetStatus, statusReason, concern.getVersion());
        } catch (InvalidValueException refused) {
            context.addMessage(
                    "moves:reason",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Reason " + refused.getReason() + ".", null));
            context.validationFailed();
            return;
        } catch (RuntimeException failure) {
            String message = Pages.concurrentChange(failure).orElseThrow(() -> failure);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            context.validationFailed();
            return;
        }
        targetStatus = null;
        statusReason = null;
        loadTrail();
        done("Status changed to " + concern.getStatus().label() + ".");
    }

    /** Supervisors, programme directors and admins who may see it work on it; the trainee it is about does not. */
    public boolean isMayWork() {
        Caller caller = access.caller();
        return !mine && (caller.has(Role.SUPERVISOR) || caller.has(Role.TPD) || caller.has(Role.ADMIN));
    }

    public boolean isAdmin() {
        return access.caller().has(Role.ADMIN);
    }

    /** Where the concern may move next (acknowledging has its own button). */
    public List<ConcernStatus> getStatusChoices() {
        return concern.getStatus().next().stream()
                .filter(status -> status != ConcernStatus.ACKNOWLEDGED)
                .toList();
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public boolean isNoteInternal() {
        return noteInternal;
    }

    public void setNoteInternal(boolean noteInternal) {
        this.noteInternal = noteInternal;
    }

    public ConcernStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(ConcernStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public void acknowledge() {
        act(() -> work.acknowledge(reference, concern.getVersion()), "Acknowledged. The deadline no longer runs.");
    }

    public void takeOwnership() {
        act(() -> work.takeOwnership(reference, concern.getVersion()), "You now own this concern.");
    }

    /** One change to the concern as this page showed it; if someone changed it first, says so and changes nothing. */
    private void act(Supplier<WelfareConcern> change, String doneMessage) {
        try {
            concern = change.get();
            loadTrail();
            done(doneMessage);
        } catch (RuntimeException failure) {
            String message = Pages.concurrentChange(failure).orElseThrow(() -> failure);
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** The holder (or a deanery admin) may acknowledge an open concern; the trainee it is about does not. */
    public boolean isMayAcknowledge() {
        Caller caller = access.caller();
        boolean holds = concern.getHolderEmail()
                .map(email -> email.equalsIgnoreCase(caller.name()))
                .orElse(false);
        return !mine && concern.getStatus() == ConcernStatus.OPEN && (holds || caller.has(Role.ADMIN));
    }

    public boolean isMayTakeOwnership() {
        return access.caller().has(Role.ADMIN) && concern.getOwnerEmail().isEmpty();
    }

    /** Who holds it, in words. */
    public String getHolderText() {
        String who =
                switch (concern.getHolder()) {
                    case SUPERVISOR -> "The trainee's educational supervisor";
                    case PROGRAMME_DIRECTOR -> "The training programme director";
                    case DEANERY -> "The deanery's welfare team";
                };
        return who
                + concern.getHolderEmail().map(email -> " (" + email + ")").orElse("")
                + concern.getOwnerEmail().map(owner -> "; owned by " + owner).orElse("");
    }

    public List<AuditEntry> getTrail() {
        return trail;
    }

    /** The trainee shares their concern with their supervisor (and programme director) from now on. */
    public void share() {
        changeSharing(ConcernSharing.SUPERVISOR_AND_DEANERY, "Your supervisor and programme director can now see it.");
    }

    /** The trainee withdraws sharing: only the deanery's welfare team can see it from now on. */
    public void unshare() {
        changeSharing(ConcernSharing.DEANERY_ONLY, "Only the deanery's welfare team can see it now.");
    }

    private void changeSharing(ConcernSharing sharing, String saved) {
        act(() -> concerns.changeSharing(reference, sharing, concern.getVersion()), "Saved. " + saved);
    }

    /** The signed-in trainee is the one the concern is about: they decide who sees it. */
    public boolean isMine() {
        return mine;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public WelfareConcern getConcern() {
        return concern;
    }
}
