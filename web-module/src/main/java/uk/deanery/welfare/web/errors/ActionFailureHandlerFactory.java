package uk.deanery.welfare.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link ActionFailureHandler} in front of the handlers declared before it in {@code faces-config.xml}. */
public class ActionFailureHandlerFactory extends ExceptionHandlerFactory {

    public ActionFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ActionFailureHandler(getWrapped().getExceptionHandler());
    }
}
