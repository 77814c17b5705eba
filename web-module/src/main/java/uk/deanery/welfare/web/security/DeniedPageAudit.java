package uk.deanery.welfare.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.time.Duration;
import uk.deanery.welfare.audit.boundary.AuditLog;

/**
 * Backs the 403 page: a page the container refused by role never reaches a service, so the refusal is audited
 * here (who, which address, when), once per person and address in {@link #WINDOW}, and not for a request nobody
 * signed in to. Refusals a service already audited are marked, and not written twice.
 *
 * <p>A person whose sign-in carried none of the application's roles is not told "Not allowed": their role could not
 * be read from the sign-in service, and the page says so and offers to sign in again ({@link ValidatedGroupsRecorder}
 * logs it once for the session, without tokens).
 */
@Named
@RequestScoped
public class DeniedPageAudit {

    /** Request attribute set by pages that turn a service's refusal (already audited) into a 403. */
    public static final String ALREADY_AUDITED = DeniedPageAudit.class.getName() + ".audited";

    public static final String ACTION = "OPEN_PAGE";
    public static final String SUBJECT_PAGE = "Page";
    /** A refused page is recorded once per person and address in this time, however often it is reloaded. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    AuditLog audit;

    @Inject
    SignedInGroups signedIn;

    private Boolean rolesUnreadable;

    public void record() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().get(ALREADY_AUDITED) != null || external.getUserPrincipal() == null) {
            // Already on record, or nobody signed in: the trail records people, and an anonymous request could
            // otherwise write a row per request.
            return;
        }
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        audit.recordDeniedOncePer(WINDOW, ACTION, SUBJECT_PAGE, uri == null ? "unknown" : truncate(uri.toString()));
    }

    /**
     * Signed in, but the groups this session validated at sign-in hold none of the application's roles, so no page
     * can be opened for them.
     */
    public boolean isRolesUnreadable() {
        if (rolesUnreadable == null) {
            rolesUnreadable =
                    FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null
                            && signedIn.hasNoApplicationRole();
        }
        return rolesUnreadable;
    }

    private static String truncate(String uri) {
        return uri.length() <= 60 ? uri : uri.substring(0, 60);
    }
}
