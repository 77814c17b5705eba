package uk.deanery.welfare.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every call by a signed-in caller is on the audit trail: method, path and status, never the body or the query
 * (which may name programmes but never people; the services audit what was read or changed). Calls without a valid
 * token are turned away by the container before they get here, so they cannot flood the trail.
 */
@Provider
@ApplicationScoped
public class ApiCallAudit implements ContainerResponseFilter {

    @Inject
    ApiCalls calls;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        calls.record(request.getMethod(), request.getUriInfo().getPath(), response.getStatus());
    }
}
