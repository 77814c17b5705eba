package uk.deanery.welfare.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import uk.deanery.welfare.signin.boundary.SignInLinks;
import uk.deanery.welfare.signin.boundary.SignInRefused;

/**
 * Where Keycloak sends the browser back to. The login mechanism has already exchanged the code by the time this
 * runs; this checks that the account may act as its email address ({@link SignInLinks}: verified, and linked to no
 * other account), gives the now signed-in session a new id and sends the person on to the page they first asked for
 * (same site only), keeping the code and state out of the address bar. A refused sign-in keeps no session.
 */
@WebServlet("/oidc/callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenIdContext openIdContext;

    @Inject
    transient SignInLinks signInLinks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            try {
                accept(request.getUserPrincipal().getName());
            } catch (SignInRefused refused) {
                // Signed in with Keycloak, but not as anyone here: nothing of this session may be used.
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/signin-refused.xhtml?reason="
                        + refused.getReason().name());
                return;
            }
            // A new session id for the signed-in session: an id someone planted before the sign-in (session
            // fixation) must not become a signed-in one.
            request.changeSessionId();
            Object original = session.getAttribute(OpenIdConstant.ORIGINAL_REQUEST);
            if (original instanceof String url) {
                target = sameSitePath(url, request).orElse(target);
            }
            session.removeAttribute(OpenIdConstant.ORIGINAL_REQUEST);
        }
        response.sendRedirect(target);
    }

    // The caller's name is the email claim: the address every person record is found by. Two sign-ins of one account
    // at the same moment (a double click, two tabs) may both try to link it; the one that loses finds the link made.
    private void accept(String email) {
        String subject = openIdContext.getSubject();
        boolean verified = SignInClaims.emailVerified(openIdContext.getClaimsJson());
        try {
            signInLinks.accept(subject, email, verified);
        } catch (SignInRefused refused) {
            throw refused;
        } catch (RuntimeException raceLost) {
            signInLinks.accept(subject, email, verified);
        }
    }

    private static java.util.Optional<String> sameSitePath(String url, HttpServletRequest request) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return java.util.Optional.empty();
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/oidc/")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException malformed) {
            return java.util.Optional.empty();
        }
    }
}
