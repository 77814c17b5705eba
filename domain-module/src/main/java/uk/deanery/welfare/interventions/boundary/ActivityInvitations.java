package uk.deanery.welfare.interventions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.interventions.entity.Attendance;
import uk.deanery.welfare.interventions.entity.AttendanceStatus;
import uk.deanery.welfare.interventions.entity.SupportActivity;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.mail.PageLinks;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;

/**
 * Invitations to an activity for the trainees of its cohorts when it is recorded, and a reminder the day before for
 * those with a place, by email through the outbox. A message says what, when, where and how to sign up; nothing about
 * anyone's welfare.
 */
@ApplicationScoped
public class ActivityInvitations {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(DeaneryClock.ZONE);

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PageLinks links;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /** Invites the activity's cohorts once it has been committed, unless it has already ended (a past record). */
    void onActivityCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityCreated created) {
        sendInvitations(created.reference());
    }

    /** @return how many were invited */
    @Transactional
    public int sendInvitations(String reference) {
        access.requireRole("send activity invitations", Role.ADMIN, Role.TRAINEE);
        SupportActivity activity = find(reference);
        if (activity.hasEnded(Instant.now(clock))) {
            return 0;
        }
        List<String> recipients = em
                .createNamedQuery(ProgrammeMembership.FIND_IN_COHORTS, ProgrammeMembership.class)
                .setParameter("cohorts", List.copyOf(activity.getCohorts()))
                .getResultList()
                .stream()
                .map(m -> m.getTrainee().getEmail())
                .distinct()
                .toList();
        String subject = "Peer support: " + activity.getTitle();
        recipients.forEach(to -> mailer.send(to, subject, invitation(activity)));
        return recipients.size();
    }

    /**
     * Reminds everyone with a place of the activities starting within the next day (the daily schedule calls this).
     *
     * @return how many were reminded
     */
    @Transactional
    public int sendDueReminders() {
        access.requireRole("send activity reminders", Role.ADMIN);
        Instant now = Instant.now(clock);
        List<SupportActivity> starting = em.createNamedQuery(
                        SupportActivity.FIND_STARTING_BETWEEN, SupportActivity.class)
                .setParameter("from", now)
                .setParameter("to", now.plus(1, ChronoUnit.DAYS))
                .getResultList();
        int sent = 0;
        for (SupportActivity activity : starting) {
            for (Attendance place : activity.getAttendances()) {
                if (place.getStatus() == AttendanceStatus.SIGNED_UP) {
                    mailer.send(place.getTrainee().getEmail(), "Reminder: " + activity.getTitle(), reminder(activity));
                    sent++;
                }
            }
        }
        return sent;
    }

    private SupportActivity find(String reference) {
        return em.createNamedQuery(SupportActivity.FIND_BY_REFERENCE, SupportActivity.class)
                .setParameter("reference", reference)
                .getSingleResult();
    }

    private String invitation(SupportActivity activity) {
        return "Trainees a year or two ahead of you are running \"" + activity.getTitle() + "\" ("
                + activity.getKind().label().toLowerCase(Locale.ROOT) + ") for your cohort.\n\n" + details(activity)
                + "Sign up, or give your place back, on your page (you will be asked to sign in): "
                + links.to("/trainee/home.xhtml") + "\n";
    }

    private String reminder(SupportActivity activity) {
        return "You have a place at \"" + activity.getTitle() + "\", which starts within a day.\n\n" + details(activity)
                + "If you cannot come, give your place back on your page: " + links.to("/trainee/home.xhtml") + "\n";
    }

    private static String details(SupportActivity activity) {
        return "When: " + WHEN.format(activity.getStartsAt()) + " to " + WHEN.format(activity.getEndsAt()) + "\n"
                + activity.getPlace().map(p -> "Where: " + p + "\n").orElse("")
                + activity.getLink().map(l -> "Link: " + l + "\n").orElse("")
                + "\n";
    }
}
