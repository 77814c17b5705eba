package uk.deanery.welfare.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * {@code /api/v1}. Bearer tokens only (MP-JWT): Jakarta Security 3.0 enables one authentication mechanism per module,
 * and the pages' module uses OpenID Connect, so the API is a WAR of its own in the EAR (Payara allows a mechanism per
 * WAR). Tokens are Keycloak's, checked against the realm's keys, issuer and the {@code welfare-api} audience; the
 * {@code groups} claim carries the realm roles.
 */
// A CDI bean, so that Payara's MP-JWT extension sees @LoginConfig (the archive discovers annotated beans only).
@ApplicationScoped
@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "deanery")
@DeclareRoles({"trainee", "supervisor", "tpd", "admin", "analyst"})
@SecurityScheme(
        securitySchemeName = ApiApplication.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the deanery's Keycloak, for example by the client-credentials grant of"
                + " the welfare-api client")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Welfare tracker API",
                        version = "1",
                        description = "Rosters and past survey rounds in, prevalence reports out. Numbers below the"
                                + " small-number threshold are never returned."),
        security = @SecurityRequirement(name = ApiApplication.BEARER))
public class ApiApplication extends Application {

    static final String BEARER = "bearer";
}
