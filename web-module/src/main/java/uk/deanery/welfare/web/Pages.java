package uk.deanery.welfare.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import uk.deanery.welfare.web.security.DeniedPageAudit;

/** What the pages share: answering with an HTTP error page, and turning refused input into messages. */
public final class Pages {

    private Pages() {}

    /** Ends the request with the error page for this status (403, 404, ...). */
    public static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** A 403 for a refusal the service has already audited, so that the error page does not audit it again. */
    public static void refuseAlreadyAudited() {
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .put(DeniedPageAudit.ALREADY_AUDITED, Boolean.TRUE);
        sendError(403);
    }

    /** One message per refused field, attached to the field's component in the form where the page has one. */
    public static void showViolations(ConstraintViolationException refused, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : refused.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            context.addMessage(
                    formId + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label(field) + " " + violation.getMessage(), null));
        }
    }

    /** "categoryCode" becomes "Category": the field's first word, which is what the form's label says. */
    private static String label(String field) {
        String firstWord = field.split("(?=[A-Z])")[0];
        return firstWord.substring(0, 1).toUpperCase(Locale.ROOT) + firstWord.substring(1);
    }

    /**
     * The message for a change refused because someone else changed the same record first: either the service saw a
     * newer version than the page had, or two transactions committed at the same moment and the database kept the
     * first. Empty for any other failure, which is not the person's to handle.
     */
    public static java.util.Optional<String> concurrentChange(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof uk.deanery.welfare.shared.ConflictException conflict) {
                return java.util.Optional.of(capitalised(conflict.getReason()) + ".");
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return java.util.Optional.of(
                        "Someone else changed this at the same moment; reload the page to see what they did.");
            }
        }
        return java.util.Optional.empty();
    }

    /** A service's reason or field name as the start of a sentence on a page. */
    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
