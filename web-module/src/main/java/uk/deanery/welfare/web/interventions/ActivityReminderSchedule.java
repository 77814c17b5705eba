package uk.deanery.welfare.web.interventions;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.interventions.boundary.ActivityInvitations;

/** Every morning, reminds those with a place of the support activities starting within a day. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ActivityReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ActivityReminderSchedule.class.getName());

    @Inject
    ActivityInvitations invitations;

    @Schedule(hour = "8", minute = "5", persistent = false)
    void remind() {
        int sent = Actors.runAsSystem(invitations::sendDueReminders);
        LOG.info(() -> "Activity reminders sent: " + sent);
    }
}
