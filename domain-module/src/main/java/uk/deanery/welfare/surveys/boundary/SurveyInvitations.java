package uk.deanery.welfare.surveys.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.mail.PageLinks;
import uk.deanery.welfare.surveys.entity.Wave;

/**
 * Invitations when a wave opens and reminders before it closes, by email. A message says which survey, until when,
 * whether it is anonymous, and links to it; it never holds answers.
 */
@ApplicationScoped
public class SurveyInvitations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    WaveService waves;

    @Inject
    Mailer mailer;

    @Inject
    AccessPolicy access;

    @Inject
    PageLinks links;

    /** Invites everyone in the wave's cohorts once the wave has been committed. */
    void onWaveOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) WaveOpened opened) {
        sendInvitations(opened.waveId());
    }

    public int sendInvitations(long waveId) {
        access.requireRole("send survey invitations", Role.ADMIN);
        Wave wave = waves.find(waveId).orElseThrow();
        List<String> recipients = waves.inviteeEmails(waveId, false);
        recipients.forEach(to -> mailer.send(to, "Survey: " + wave.getTitle(), invitation(wave)));
        return recipients.size();
    }

    /** Reminds those who have not submitted yet; returns how many were reminded. */
    public int sendReminders(long waveId) {
        access.requireRole("send survey reminders", Role.ADMIN);
        Wave wave = waves.find(waveId).orElseThrow();
        List<String> recipients = waves.inviteeEmails(waveId, true);
        recipients.forEach(to -> mailer.send(to, "Reminder: " + wave.getTitle(), reminder(wave)));
        return recipients.size();
    }

    /** Reminders for every wave closing within the given days (the daily schedule calls this). */
    public int sendDueReminders(int days) {
        return waves.closingWithin(days).stream()
                .mapToInt(w -> sendReminders(w.getId()))
                .sum();
    }

    private String invitation(Wave wave) {
        return "The deanery invites you to answer \"" + wave.getTitle() + "\".\n\n" + details(wave);
    }

    private String reminder(Wave wave) {
        return "You have not yet submitted \"" + wave.getTitle() + "\". It closes soon.\n\n" + details(wave);
    }

    private String details(Wave wave) {
        return "Answer it here (you will be asked to sign in): " + link(wave) + "\n\nIt is open until "
                + DAY.format(wave.getClosesOn()) + ". You can save your answers and finish later.\n\n"
                + (wave.isLinked()
                        ? "Your answers are kept with your name so that the deanery can follow how you are doing and"
                                + " act on what you tell it; they are never shown with your name in reports.\n"
                        : "This survey is anonymous: your answers are stored without your name.\n");
    }

    private String link(Wave wave) {
        return links.to("/trainee/survey.xhtml?wave=" + wave.getId());
    }
}
