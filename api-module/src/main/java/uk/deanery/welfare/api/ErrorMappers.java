package uk.deanery.welfare.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.shared.NotFoundException;

/**
 * Every failure becomes a JSON answer with a status a client can act on; none carries a stack trace. The services'
 * exceptions keep their meaning: a bad value 400, a refusal 403, something missing 404, a conflict 409.
 */
final class ErrorMappers {

    private ErrorMappers() {}

    private static Response json(Response.Status status, Problems problems) {
        return json(status.getStatusCode(), problems);
    }

    private static Response json(int status, Problems problems) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(problems)
                .build();
    }

    @Provider
    public static class InvalidValue implements ExceptionMapper<InvalidValueException> {
        @Override
        public Response toResponse(InvalidValueException e) {
            return json(Response.Status.BAD_REQUEST, Problems.one(e.getField(), e.getReason()));
        }
    }

    @Provider
    public static class ConstraintViolation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return json(
                    Response.Status.BAD_REQUEST,
                    new Problems(e.getConstraintViolations().stream()
                            .map(v -> Problem.of(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                            .toList()));
        }

        private static String lastNode(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return json(Response.Status.FORBIDDEN, Problems.one(null, "your roles do not allow this"));
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return json(
                    Response.Status.NOT_FOUND,
                    Problems.one(e.getWhat(), "no " + e.getWhat() + " '" + e.getKey() + "'"));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return json(Response.Status.CONFLICT, Problems.one(e.getField(), e.getReason()));
        }
    }

    /** Anything else: logged with a reference the caller can quote; the answer says only that it failed. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException web) {
                return json(
                        web.getResponse().getStatus(),
                        Problems.one(null, web.getResponse().getStatusInfo().getReasonPhrase()));
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "API call failed, reference " + reference, e);
            return json(
                    Response.Status.INTERNAL_SERVER_ERROR,
                    Problems.one(null, "the request failed on the server; quote reference " + reference));
        }
    }
}
