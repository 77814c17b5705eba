package uk.deanery.welfare.access.control;

import java.util.Optional;
import java.util.function.Supplier;
import uk.deanery.welfare.access.entity.Caller;

/**
 * Work the application does on its own behalf (startup, the demo data) runs as {@link Caller#SYSTEM}; nothing a
 * request can reach sets it. Tests use {@link #runAs} to act as a given person inside the container.
 */
public final class Actors {

    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();

    private Actors() {}

    public static <T> T runAsSystem(Supplier<T> work) {
        return runAs(Caller.SYSTEM, work);
    }

    public static <T> T runAs(Caller caller, Supplier<T> work) {
        Caller previous = ACTING.get();
        ACTING.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    static Optional<Caller> acting() {
        return Optional.ofNullable(ACTING.get());
    }
}
