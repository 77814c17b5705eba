package uk.deanery.welfare.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where single sign-on lives, from MicroProfile Config, so a deanery points the application at its own Keycloak
 * without rebuilding: {@code welfare.oidc.issuer}, {@code welfare.oidc.client-id}, {@code welfare.oidc.client-secret}
 * (or the environment variables {@code WELFARE_OIDC_ISSUER}, ...).
 *
 * <p>Keycloak's endpoints follow from the issuer, so the application never needs Keycloak's discovery document to
 * start or to send someone to sign in. The browser is sent to {@link SignInGatewayServlet} first, which checks that
 * Keycloak answers before passing the request on.
 */
@Named("openIdConfig")
@ApplicationScoped
public class OpenIdConfig {

    public static final String GATEWAY_PATH = "/signin";
    /** The demo realm's secret for the client: fine on a developer's machine, never in service. */
    public static final String DEMO_CLIENT_SECRET = "welfare-dev-secret";

    @Inject
    @ConfigProperty(name = "welfare.oidc.issuer", defaultValue = "http://localhost:8180/realms/deanery")
    String issuer;

    @Inject
    @ConfigProperty(name = "welfare.oidc.client-id", defaultValue = "welfare-tracker")
    String clientId;

    @Inject
    @ConfigProperty(name = "welfare.oidc.client-secret", defaultValue = DEMO_CLIENT_SECRET)
    String clientSecret;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Whether the client secret is still the demo realm's, which anyone who has read this code knows. */
    public boolean usesDemoSecret() {
        return DEMO_CLIENT_SECRET.equals(clientSecret);
    }

    /** Relative on purpose: the browser goes to this application's gateway, whatever host name it used. */
    public String getAuthorizationEndpoint() {
        return GATEWAY_PATH;
    }

    public String getKeycloakAuthorizationEndpoint() {
        return issuer + "/protocol/openid-connect/auth";
    }

    public String getTokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }

    public String getUserinfoEndpoint() {
        return issuer + "/protocol/openid-connect/userinfo";
    }

    public String getEndSessionEndpoint() {
        return issuer + "/protocol/openid-connect/logout";
    }

    public String getJwksUri() {
        return issuer + "/protocol/openid-connect/certs";
    }

    public String getDiscoveryDocument() {
        return issuer + "/.well-known/openid-configuration";
    }
}
