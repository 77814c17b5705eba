package uk.deanery.welfare.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;

/**
 * The caller of the current service call: whoever {@link Actors} says, else the container's authenticated caller
 * (single sign-on names them by email and grants the realm roles), else {@link Caller#ANONYMOUS}.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    Instance<SecurityContext> securityContext;

    public Caller get() {
        return Actors.acting().orElseGet(this::fromContainer);
    }

    private Caller fromContainer() {
        try {
            if (!securityContext.isResolvable()) {
                return Caller.ANONYMOUS;
            }
            SecurityContext context = securityContext.get();
            Principal principal = context.getCallerPrincipal();
            if (principal == null || principal.getName() == null) {
                return Caller.ANONYMOUS;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (context.isCallerInRole(role.roleName())) {
                    roles.add(role);
                }
            }
            return Caller.person(principal.getName().strip().toLowerCase(Locale.ROOT), roles);
        } catch (RuntimeException outsideARequest) {
            // Timers and startup have no request to ask; without Actors they act for nobody.
            return Caller.ANONYMOUS;
        }
    }
}
