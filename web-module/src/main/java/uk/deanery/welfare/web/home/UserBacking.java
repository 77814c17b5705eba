package uk.deanery.welfare.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;

/** Who is signed in, for the layout's navigation. */
@Named("user")
@RequestScoped
public class UserBacking {

    @Inject
    AccessPolicy access;

    private Caller caller;

    private Caller caller() {
        if (caller == null) {
            caller = access.caller();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return !caller().isAnonymous() && !caller().system();
    }

    public String getName() {
        return caller().name();
    }

    public boolean isTrainee() {
        return caller().has(Role.TRAINEE);
    }

    public boolean isSupervisor() {
        return caller().has(Role.SUPERVISOR);
    }

    public boolean isDirector() {
        return caller().has(Role.TPD);
    }

    public boolean isAdmin() {
        return caller().has(Role.ADMIN);
    }

    public boolean isAnalyst() {
        return caller().has(Role.ANALYST);
    }

    /** May open the reports: deanery admins, analysts and programme directors (narrowed to their programmes). */
    public boolean isReporter() {
        return isAdmin() || isAnalyst() || isDirector();
    }
}
