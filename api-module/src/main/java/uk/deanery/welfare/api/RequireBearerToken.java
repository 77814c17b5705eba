package uk.deanery.welfare.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * No valid bearer token, no API: 401 with a {@code WWW-Authenticate: Bearer} challenge before any resource runs.
 * MP-JWT leaves a request without a token unauthenticated rather than refusing it, and Payara does not allow web.xml
 * security constraints beside {@code @LoginConfig}, so the refusal is made here, once for every endpoint.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RequireBearerToken implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"deanery\"")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Problems.one(null, "a valid bearer token from the deanery's Keycloak is required"))
                    .build());
        }
    }
}
