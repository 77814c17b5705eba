package uk.deanery.welfare.web.concerns;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.concerns.boundary.EscalationCheck;

/**
 * Runs the escalation check at start (after the migrations), so a deadline that passed while the server was down is
 * acted on at once, and then every five minutes. The timer is not persistent: on a deployment group every instance
 * runs it, which is safe because the check is idempotent in the database (see {@link EscalationCheck}).
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class EscalationSchedule {

    private static final Logger LOG = Logger.getLogger(EscalationSchedule.class.getName());

    @Inject
    EscalationCheck check;

    @Inject
    Clock clock;

    @PostConstruct
    void atStart() {
        escalate();
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void escalate() {
        int moved = Actors.runAsSystem(() -> check.run(Instant.now(clock)));
        if (moved > 0) {
            LOG.info(() -> "Concerns escalated for missed acknowledgement deadlines: " + moved);
        }
    }
}
