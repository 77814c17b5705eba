package uk.deanery.welfare.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Headers on every response. The Content-Security-Policy allows no inline script and no eval (see {@link
 * #policy}); everything is this origin only, and no other site may frame the pages. Pages (not static
 * resources) are never cached: they show personal data. Over HTTPS, HSTS; the session cookie is then Secure too
 * (Payara's "dynamic" default, see {@code glassfish-web.xml}).
 */
// Again on the error dispatch: an error page is a Faces page, whatever the address that failed.
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        URI issuer = URI.create(config.getIssuer());
        String keycloakOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
        response.setHeader("Content-Security-Policy", policy(request.getRequestURI(), keycloakOrigin));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            // Once a browser has reached the product over HTTPS, it never asks for it over plain HTTP again.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    /**
     * Everything but scripts is limited here. A Faces page gets its script policy from PrimeFaces ({@code
     * primefaces.CSP}, web.xml), with the nonce it put on each script, in a second header: browsers enforce both, so
     * this one names no script source for pages (it would refuse their nonce'd scripts). Anything else allows scripts
     * from this origin only. Style sheets come from this origin only; style attributes stay allowed (PrimeFaces shows,
     * hides and places overlays with them), which can restyle a page but not run anything.
     */
    static String policy(String uri, String keycloakOrigin) {
        String common = "style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self'; media-src 'self'; frame-src 'none'; worker-src 'self'; manifest-src 'self';"
                + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
        // A folder is its welcome page (index.xhtml): a Faces page too.
        boolean facesPage = (uri.endsWith(".xhtml") || uri.endsWith("/")) && !uri.contains("/jakarta.faces.resource/");
        return facesPage ? common : "default-src 'self'; script-src 'self'; " + common;
    }
}
