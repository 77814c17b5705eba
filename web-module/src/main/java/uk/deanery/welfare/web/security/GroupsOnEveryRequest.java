package uk.deanery.welfare.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Gives the container the signed-in person's groups again on every request of their session.
 *
 * <p>Why: on a request of an already signed-in session the OpenID Connect mechanism hands the container only the
 * caller principal, and Payara 6.2025.9 finds that principal's groups through a field of one security context that
 * all unauthenticated request threads share ({@code JaspicRealm} sets it, {@code BaseContainerCallbackHandler} reads
 * it, and every request clears it when it ends). Two requests at the same moment overwrite or clear each other's,
 * and the losing request goes on signed in with no roles at all: "Not allowed" on pages the person may open
 * (Payara FISH-7515, fixed after 6.2025.9). Adding the groups this session validated at sign-in, with a
 * {@link GroupPrincipalCallback} on the request's own subject, does not depend on that shared state.
 *
 * <p>In a deployment group it also carries a session over to the instance that takes it when the one that served it
 * is lost: the replicated session holds the caller and {@link SignedInGroups}, but not the OpenID Connect tokens
 * (Soteria's {@code OpenIdContextImpl} does not serialise, Soteria issue 379), and the mechanism would fail on the
 * missing access token. Such a session is resumed from what was validated at sign-in, as every other request of it
 * is; it signs out by ending its session here and sending the person to Keycloak's end-session page.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class GroupsOnEveryRequest implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    SignedInGroups signedIn;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    OpenIdConfig openId;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        boolean resumesSession = request.getUserPrincipal() != null;
        if (resumesSession && arrivedWithoutTokens()) {
            return context.notifyContainerAboutLogin(request.getUserPrincipal().getName(), signedIn.groups());
        }
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (resumesSession && status == AuthenticationStatus.SUCCESS) {
            Set<String> groups = signedIn.groups();
            if (!groups.isEmpty()) {
                try {
                    context.getHandler().handle(new Callback[] {
                        new GroupPrincipalCallback(context.getClientSubject(), groups.toArray(String[]::new))
                    });
                } catch (IOException | UnsupportedCallbackException e) {
                    throw new AuthenticationException("The container refused the session's groups", e);
                }
            }
        }
        return status;
    }

    // Delegated explicitly: the interface's default methods would otherwise bypass the mechanism's own (its
    // cleanSubject is the logout that ends the Keycloak session).
    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return mechanism.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getUserPrincipal() == null || !arrivedWithoutTokens()) {
            mechanism.cleanSubject(request, response, context);
            return;
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        String base = request.getRequestURL()
                        .substring(
                                0,
                                request.getRequestURL().length()
                                        - request.getRequestURI().length())
                + request.getContextPath();
        try {
            response.sendRedirect(openId.getEndSessionEndpoint() + "?client_id=" + encode(openId.getClientId())
                    + "&post_logout_redirect_uri=" + encode(base + "/logged-out.xhtml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // A session replicated from another instance of the deployment group: signed in, its tokens left behind.
    private boolean arrivedWithoutTokens() {
        return signedIn.isRecorded() && openIdContext.getAccessToken() == null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
