package uk.deanery.welfare.web.concerns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.concerns.boundary.ConcernService;
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

    private String reference;
    private WelfareConcern concern;

    public void load() {
        if (reference == null || reference.isBlank()) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            concern = concerns.find(reference);
        } catch (AccessDeniedException denied) {
            Pages.refuseAlreadyAudited();
        } catch (NotFoundException unknown) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
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
