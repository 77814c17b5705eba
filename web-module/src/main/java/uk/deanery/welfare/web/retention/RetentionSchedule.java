package uk.deanery.welfare.web.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.retention.boundary.Retention;
import uk.deanery.welfare.retention.boundary.RetentionRun;

/**
 * Every night at 02:30, anonymises what the retention policy says is due. Safe to run on several instances and more
 * than once: a record already anonymised is not due any more.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void apply() {
        RetentionRun run = Actors.runAsSystem(retention::apply);
        LOG.info(() -> "Retention: " + run.concerns() + " concerns anonymised, " + run.responses()
                + " survey responses detached, " + run.drafts() + " drafts deleted");
    }
}
