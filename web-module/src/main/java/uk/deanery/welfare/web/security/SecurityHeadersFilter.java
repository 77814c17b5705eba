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
 * Headers on every response. The Content-Security-Policy allows inline script and style because PrimeFaces
 * renders them; everything else is this origin only, and no other site may frame the pages. Pages (not static
 * resources) are never cached: they show personal data. Over HTTPS, HSTS; the session cookie is then Secure too
 * (Payara's "dynamic" default, see {@code glassfish-web.xml}).
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        URI issuer = URI.create(config.getIssuer());
        String keycloakOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
                        + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                        + " base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin);
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
}
