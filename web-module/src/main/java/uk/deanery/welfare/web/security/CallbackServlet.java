package uk.deanery.welfare.web.security;

import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;

/**
 * Where Keycloak sends the browser back to. The login mechanism has already exchanged the code by the time this
 * runs; this gives the now signed-in session a new id and sends the person on to the page they first asked for (same
 * site only), keeping the code and state out of the address bar.
 */
@WebServlet("/oidc/callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
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
