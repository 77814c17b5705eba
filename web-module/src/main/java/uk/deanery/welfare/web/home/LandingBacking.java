package uk.deanery.welfare.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;

/** Backs {@code index.xhtml}: a signed-in person goes straight to the landing page of their role. */
@Named
@RequestScoped
public class LandingBacking {

    @Inject
    AccessPolicy access;

    public String route() {
        Caller caller = access.caller();
        if (caller.isAnonymous()) {
            return null;
        }
        if (!access.isRegistered()) {
            return "/not-registered?faces-redirect=true";
        }
        if (caller.has(Role.ADMIN)) {
            return "/admin/programmes?faces-redirect=true";
        }
        if (caller.has(Role.TPD)) {
            return "/tpd/concerns?faces-redirect=true";
        }
        if (caller.has(Role.SUPERVISOR)) {
            return "/supervisor/concerns?faces-redirect=true";
        }
        return "/trainee/home?faces-redirect=true";
    }
}
