package uk.deanery.welfare.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.programmes.boundary.ProgrammeService;
import uk.deanery.welfare.supervision.boundary.SupervisionService;
import uk.deanery.welfare.trainees.boundary.TraineeAccess;

/** Backs {@code index.xhtml}: a signed-in person goes straight to the landing page of their role. */
@Named
@RequestScoped
public class LandingBacking {

    @Inject
    AccessPolicy access;

    @Inject
    TraineeAccess trainees;

    @Inject
    SupervisionService supervision;

    @Inject
    ProgrammeService programmes;

    public String route() {
        Caller caller = access.caller();
        if (caller.isAnonymous()) {
            return null;
        }
        if (!isRegistered()) {
            return "/not-registered?faces-redirect=true";
        }
        if (caller.has(Role.ADMIN)) {
            return "/admin/programmes?faces-redirect=true";
        }
        if (caller.has(Role.TPD)) {
            return "/tpd/concerns?faces-redirect=true";
        }
        if (caller.has(Role.ANALYST)) {
            return "/reports/prevalence?faces-redirect=true";
        }
        if (caller.has(Role.SUPERVISOR)) {
            return "/supervisor/concerns?faces-redirect=true";
        }
        return "/trainee/home?faces-redirect=true";
    }

    /**
     * Whether the deanery knows this account: an admin or an analyst always (an analyst sees counts, never a person,
     * so has no person record), anyone else only with a person record for one of their roles. Accounts without one
     * see no data at all.
     */
    private boolean isRegistered() {
        return access.callerIsDeanery()
                || access.caller().has(Role.ANALYST)
                || trainees.linkedTrainee().isPresent()
                || supervision.linkedSupervisor().isPresent()
                || !programmes.directedByCaller().isEmpty();
    }
}
