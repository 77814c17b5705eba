package uk.deanery.welfare.access.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whoever a service call is made for: a signed-in person (named by the email single sign-on vouches for), the
 * application itself at startup ({@link #SYSTEM}), or nobody ({@link #ANONYMOUS}), who may do nothing.
 */
public record Caller(String name, Set<Role> roles, boolean system) {

    public static final Caller SYSTEM = new Caller("system", Set.of(), true);
    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), false);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller person(String email, Set<Role> roles) {
        return new Caller(email, roles, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAnonymous() {
        return !system && roles.isEmpty();
    }
}
