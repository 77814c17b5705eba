package uk.deanery.welfare.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;

/**
 * OpenID Connect login with the standard Jakarta Security 3.0 mechanism.
 *
 * <ul>
 *   <li>The caller is named by the {@code email} claim, which links the account to its person record; roles
 *       arrive in the {@code groups} claim (Keycloak's realm roles).
 *   <li>No discovery ({@code providerURI} empty): the endpoints come from {@link OpenIdConfig}, so an unreachable
 *       Keycloak never breaks the application, and sign-in goes through {@link SignInGatewayServlet}.
 *   <li>{@code redirectToOriginalResource} stays off (it breaks Faces pages, Soteria issue 333):
 *       {@link CallbackServlet} sends the person back where they were going.
 *   <li>Logout ends the Keycloak session too, through its end-session endpoint.
 * </ul>
 */
@ApplicationScoped
@DeclareRoles({"trainee", "supervisor", "tpd", "admin", "analyst"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "",
        clientId = "${openIdConfig.clientId}",
        clientSecret = "${openIdConfig.clientSecret}",
        redirectURI = "${baseURL}/oidc/callback",
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "email", callerGroupsClaim = "groups"),
        providerMetadata =
                @OpenIdProviderMetadata(
                        issuer = "${openIdConfig.issuer}",
                        authorizationEndpoint = "${openIdConfig.authorizationEndpoint}",
                        tokenEndpoint = "${openIdConfig.tokenEndpoint}",
                        userinfoEndpoint = "${openIdConfig.userinfoEndpoint}",
                        endSessionEndpoint = "${openIdConfig.endSessionEndpoint}",
                        jwksURI = "${openIdConfig.jwksUri}"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/logged-out.xhtml"),
        tokenAutoRefresh = true,
        jwksConnectTimeout = 3000,
        jwksReadTimeout = 3000)
public class SingleSignOn {}
