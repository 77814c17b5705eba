package uk.deanery.welfare.web.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads what the sign-in service says about the account from its claims (the user info it returned). */
final class SignInClaims {

    private SignInClaims() {}

    /**
     * Whether {@code email_verified} is true. Keycloak sends a JSON boolean; a provider that sends the string
     * {@code "true"} is read the same, and anything else (missing, false, null) is not verified.
     */
    static boolean emailVerified(JsonObject claims) {
        if (claims == null) {
            return false;
        }
        JsonValue value = claims.get("email_verified");
        return value == JsonValue.TRUE
                || (value instanceof JsonString text && text.getString().equals("true"));
    }
}
