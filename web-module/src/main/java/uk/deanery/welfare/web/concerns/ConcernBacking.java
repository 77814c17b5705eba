package uk.deanery.welfare.web.concerns;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.shared.NotFoundException;
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
    AccessPolicy access;

    private String reference;
    private WelfareConcern concern;
    private boolean mine;

    public void load() {
        if (reference == null || reference.isBlank()) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            concern = concerns.find(reference);
            mine = access.isSelf(concern.getTrainee());
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        } catch (NotFoundException unknown) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The trainee shares their concern with their supervisor (and programme director) from now on. */
    public void share() {
        changeSharing(ConcernSharing.SUPERVISOR_AND_DEANERY, "Your supervisor and programme director can now see it.");
    }

    /** The trainee withdraws sharing: only the deanery's welfare team can see it from now on. */
    public void unshare() {
        changeSharing(ConcernSharing.DEANERY_ONLY, "Only the deanery's welfare team can see it now.");
    }

    private void changeSharing(ConcernSharing sharing, String done) {
        concern = concerns.changeSharing(reference, sharing);
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved. " + done, null));
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
