package uk.deanery.welfare.web.surveys;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.surveys.boundary.SurveyInvitations;

/** Every morning, reminds the invitees who have not submitted a wave that closes within three days. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    private static final int DAYS_BEFORE_CLOSING = 3;

    @Inject
    SurveyInvitations invitations;

    @Schedule(hour = "8", minute = "0", persistent = false)
    void remind() {
        int sent = Actors.runAsSystem(() -> invitations.sendDueReminders(DAYS_BEFORE_CLOSING));
        LOG.info(() -> "Survey reminders sent: " + sent);
    }
}
