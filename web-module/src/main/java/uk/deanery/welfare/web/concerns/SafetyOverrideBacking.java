package uk.deanery.welfare.web.concerns;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.concerns.boundary.ConcernWork;
import uk.deanery.welfare.concerns.boundary.SafetyShare;
import uk.deanery.welfare.concerns.entity.SafetyOverride;
import uk.deanery.welfare.web.Pages;

/**
 * Backs the safety override on {@code concern.xhtml}: who the concern was shared with for safety, and the form a
 * programme director or admin shares it with. What was typed is kept when it is refused.
 */
@Named
@ViewScoped
public class SafetyOverrideBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConcernBacking page;

    @Inject
    ConcernWork work;

    @Inject
    AccessPolicy access;

    private List<SafetyOverride> overrides;
    private String email;
    private String reason;

    public void overrideForSafety() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            work.overrideForSafety(page.getReference(), new SafetyShare(email, reason));
        } catch (ConstraintViolationException refused) {
            Pages.showViolations(refused, "safety");
            context.validationFailed();
            return;
        } catch (RuntimeException failure) {
            String message = Pages.concurrentChange(failure).orElseThrow(() -> failure);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            context.validationFailed();
            return;
        }
        overrides = null;
        page.reloadCaseFile();
        context.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Shared with " + email.strip() + ". The trainee has been told by email and on this page.",
                        null));
        email = null;
        reason = null;
    }

    /** Programme directors and deanery admins may share a concern for safety. */
    public boolean isMayOverride() {
        Caller caller = access.caller();
        return page.getConcern() != null && !page.isMine() && (caller.has(Role.TPD) || caller.has(Role.ADMIN));
    }

    public List<SafetyOverride> getOverrides() {
        if (overrides == null) {
            overrides = page.getConcern() == null ? List.of() : work.overridesOf(page.getReference());
        }
        return overrides;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
