package uk.deanery.welfare.web.concerns;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What the concern pages share: refusing with an HTTP status, and turning refused input into messages. */
final class Pages {

    private Pages() {}

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** One message per refused field, attached to the field's component id where the page has one. */
    static void showViolations(ConstraintViolationException refused, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : refused.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            context.addMessage(
                    formId + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label(field) + " " + violation.getMessage(), null));
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "categoryCode" -> "Category";
            case "description" -> "Description";
            default -> field;
        };
    }
}
