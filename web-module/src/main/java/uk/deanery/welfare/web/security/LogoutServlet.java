package uk.deanery.welfare.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Logs out of the application and of Keycloak: the mechanism's logout sends the browser to Keycloak's end-session
 * endpoint, which returns it to {@code logged-out.xhtml}. POST only, so a link elsewhere cannot log anyone out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/logged-out.xhtml");
        }
    }
}
