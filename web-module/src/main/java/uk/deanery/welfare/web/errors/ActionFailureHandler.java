package uk.deanery.welfare.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.shared.ConflictException;
import uk.deanery.welfare.shared.InvalidValueException;
import uk.deanery.welfare.web.Pages;

/**
 * An action that fails for a reason the person cannot fix (the database is down, a save failed) leaves them on the
 * same page, on full and AJAX requests alike: every value they typed is still in the form, and the page says what
 * happened and gives a reference that is in the server log. Nothing was stored, since the action's transaction
 * rolled back. Failures while the page itself is built, expired views and refusals go on to the handler this one
 * wraps (OmniFaces' {@code FullAjaxExceptionHandler}, then the error pages in {@code web.xml}).
 *
 * <p>The log gets the reference, the page and the chain of exception types with their SQL states, never the
 * exceptions' messages, which can quote what was being saved.
 */
public class ActionFailureHandler extends ExceptionHandlerWrapper {

    /** Request attribute read by the layout's failure region. */
    public static final String FAILURE = "welfare.failure";

    private static final Logger LOG = Logger.getLogger(ActionFailureHandler.class.getName());
    private static final Set<PhaseId> ACTION_PHASES = Set.of(
            PhaseId.APPLY_REQUEST_VALUES,
            PhaseId.PROCESS_VALIDATIONS,
            PhaseId.UPDATE_MODEL_VALUES,
            PhaseId.INVOKE_APPLICATION);

    public ActionFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable failure = queued.getException();
            if (context == null || !ACTION_PHASES.contains(queued.getPhaseId()) || isForOthers(failure)) {
                continue;
            }
            context.getExternalContext().getRequestMap().put(FAILURE, messageFor(failure, context));
            context.validationFailed();
            events.remove();
            context.renderResponse();
        }
        getWrapped().handle();
    }

    // A refusal the page did not explain is still the service's own words; anything else gets a reference.
    private static String messageFor(Throwable failure, FacesContext context) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictException conflict) {
                return Pages.capitalised(conflict.getReason()) + ". Nothing was changed; what you typed is still"
                        + " on this page.";
            }
            if (cause instanceof InvalidValueException invalid) {
                return Pages.capitalised(invalid.getField()) + " " + invalid.getReason() + ". Nothing was changed;"
                        + " what you typed is still on this page.";
            }
        }
        String reference = reference();
        String viewId =
                context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId();
        LOG.log(
                Level.SEVERE,
                () -> "Action failed on " + viewId + ", reference " + reference + ": " + describe(failure));
        LOG.log(Level.FINE, "Action failure " + reference, failure);
        return "This could not be saved just now (reference " + reference + "). Nothing was changed, and"
                + " everything you typed is still on this page: try again in a minute. If it keeps failing, tell"
                + " the deanery the reference.";
    }

    // Refusals and expired views have pages of their own.
    private static boolean isForOthers(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** "FacesException < PersistenceException < SQLException [08006]": types and SQL states only. */
    static String describe(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null && chain.length() < 1_000; cause = cause.getCause()) {
            if (cause instanceof FacesException && cause.getCause() != null && chain.isEmpty()) {
                continue;
            }
            if (!chain.isEmpty()) {
                chain.append(" < ");
            }
            chain.append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                chain.append(" [").append(sql.getSQLState()).append(']');
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return chain.toString();
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
