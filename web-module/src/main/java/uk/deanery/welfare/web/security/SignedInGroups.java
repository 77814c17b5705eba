package uk.deanery.welfare.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.deanery.welfare.access.entity.Role;

/**
 * The groups the identity store validated when this session signed in (or last refreshed its tokens): Keycloak's
 * realm roles from the token's {@code groups} claim. {@link GroupsOnEveryRequest} gives them to the container on
 * every later request of the session, so a request never depends on the container finding them again by itself.
 */
@SessionScoped
public class SignedInGroups implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile Set<String> groups = Set.of();
    private volatile boolean recorded;
    private final AtomicBoolean missingRolesReported = new AtomicBoolean();

    void record(Set<String> validated) {
        groups = Set.copyOf(validated);
        recorded = true;
    }

    Set<String> groups() {
        return groups;
    }

    /** True once this session's sign-in was validated (here, or on the instance it was replicated from). */
    boolean isRecorded() {
        return recorded;
    }

    /** True once a sign-in was validated that carried none of the application's roles. */
    boolean hasNoApplicationRole() {
        return recorded && groups.stream().map(Role::byName).noneMatch(Optional::isPresent);
    }

    /** True the first time it is asked in this session: a session without roles is logged once, not per page. */
    boolean firstReportOfMissingRoles() {
        return missingRolesReported.compareAndSet(false, true);
    }
}
