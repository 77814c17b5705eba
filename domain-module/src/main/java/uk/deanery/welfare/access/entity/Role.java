package uk.deanery.welfare.access.entity;

import java.util.Arrays;
import java.util.Optional;

/** The roles single sign-on grants; their names are the Keycloak realm roles and the application's roles. */
public enum Role {
    TRAINEE("trainee"),
    SUPERVISOR("supervisor"),
    TPD("tpd"),
    ADMIN("admin"),
    /** Reads reports across the deanery and nothing with a person's data in it. */
    ANALYST("analyst");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
