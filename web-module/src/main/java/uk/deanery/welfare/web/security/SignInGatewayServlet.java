package uk.deanery.welfare.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The authorization endpoint the login mechanism sends browsers to. If Keycloak answers, the browser goes on to
 * Keycloak's own endpoint with the same request; if not, the person sees "sign-in service unavailable" at once
 * instead of a browser error. A Faces AJAX request whose session expired gets a full-page redirect to the login, so
 * it does not fail silently.
 */
@WebServlet(OpenIdConfig.GATEWAY_PATH)
public class SignInGatewayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdConfig config;

    @Inject
    KeycloakAvailability keycloak;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getContextPath() + "/login\"/></partial-response>");
            return;
        }
        if (!keycloak.isAvailable()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            request.getRequestDispatcher("/signin-unavailable.xhtml").forward(request, response);
            return;
        }
        String query = request.getQueryString();
        response.sendRedirect(config.getKeycloakAuthorizationEndpoint() + (query == null ? "" : "?" + query));
    }
}
