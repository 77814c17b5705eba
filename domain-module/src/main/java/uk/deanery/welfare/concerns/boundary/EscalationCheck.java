package uk.deanery.welfare.concerns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.deanery.welfare.concerns.control.ConcernEscalator;

/**
 * Moves every concern whose holder missed the acknowledgement deadline one level up (supervisor, then programme
 * director, then the deanery's welfare team). Safe to run on several server instances at once, and as often as
 * wanted: the deadlines are in the database, a second run finds nothing left to do, and a move that another run
 * made first is refused by the database (each level once per concern) and changes nothing here.
 */
@ApplicationScoped
public class EscalationCheck {

    private static final Logger LOG = Logger.getLogger(EscalationCheck.class.getName());

    @Inject
    ConcernEscalator escalator;

    /** @return how many concerns this run moved up */
    public int run(Instant now) {
        int moved = 0;
        for (String reference : escalator.overdue(now)) {
            try {
                if (escalator.escalate(reference, now)) {
                    moved++;
                }
            } catch (RuntimeException refused) {
                // Most often another instance (or run) moved it at the same moment, and its move stands.
                LOG.log(Level.INFO, "Concern {0} was not escalated by this run: {1}", new Object[] {
                    reference, refused.getClass().getSimpleName()
                });
            }
        }
        return moved;
    }
}
