package uk.deanery.welfare.web.interventions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The messages the activity pages show after an action. */
final class Messages {

    private Messages() {}

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A refusal in words, and the request marked failed so the form keeps what was typed. */
    static void refused(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }
}
