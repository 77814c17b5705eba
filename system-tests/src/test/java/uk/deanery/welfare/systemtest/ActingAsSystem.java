package uk.deanery.welfare.systemtest;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import uk.deanery.welfare.access.control.Actors;

/**
 * Runs each test method as the application itself, for tests about persistence and domain rules rather than
 * about who may do what (those are in {@code AccessControlIT}, acting as real demo users).
 */
public class ActingAsSystem implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation, ReflectiveInvocationContext<Method> context, ExtensionContext extension)
            throws Throwable {
        Throwable[] failure = new Throwable[1];
        Actors.runAsSystem(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure[0] = t;
            }
            return null;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
