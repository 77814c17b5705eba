package uk.deanery.welfare.concerns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.EscalationReason;
import uk.deanery.welfare.concerns.entity.WelfareConcern;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.mail.PageLinks;
import uk.deanery.welfare.platform.time.DeaneryClock;

/**
 * Tells whoever now holds a concern that it is theirs to acknowledge. The email names the concern's reference and
 * links to it; it never holds the description, the category or the trainee's name, because email leaves the
 * deanery's control.
 */
@ApplicationScoped
public class ConcernNotices {

    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(DeaneryClock.ZONE);

    @Inject
    Mailer mailer;

    @Inject
    PageLinks links;

    @Inject
    @ConfigProperty(name = "welfare.deanery.welfare-team-email", defaultValue = "welfare-team@deanery.example")
    String welfareTeam;

    public void tellHolder(WelfareConcern concern, EscalationReason reason) {
        String recipient = concern.getHolderEmail().orElse(welfareTeam);
        mailer.send(
                recipient, "Welfare concern " + concern.getReference() + " needs acknowledging", body(concern, reason));
    }

    /** The trainee is told that their concern was shared against their choice; the page says with whom and why. */
    public void tellTraineeOfOverride(WelfareConcern concern) {
        mailer.send(
                concern.getTrainee().getEmail(),
                "Your welfare concern " + concern.getReference() + " has been shared for safety",
                "Because of a risk to you, to patients or to the public, a training programme director or the"
                        + " deanery's welfare team has shared your welfare concern with a named person.\n\n"
                        + "Reference: " + concern.getReference()
                        + "\nSign in to read who it was shared with and why: " + link(concern)
                        + "\n\nThis email does not contain the concern's details.\n");
    }

    private String link(WelfareConcern concern) {
        return links.to("/concern.xhtml?ref=" + concern.getReference());
    }

    private String body(WelfareConcern concern, EscalationReason reason) {
        return "A welfare concern has been passed to you " + role(concern.getHolder())
                + (reason == EscalationReason.DEADLINE_MISSED
                        ? ", because it was not acknowledged in time at the level below"
                        : "")
                + ".\n\nReference: " + concern.getReference()
                + "\nPlease acknowledge it by the end of "
                + DUE.format(concern.getAcknowledgeBy().minusNanos(1))
                + "\nOpen it: " + link(concern)
                + "\n\nThis email does not contain the concern's details; sign in to read them.\n";
    }

    private static String role(ConcernLevel level) {
        return switch (level) {
            case SUPERVISOR -> "as the trainee's educational supervisor";
            case PROGRAMME_DIRECTOR -> "as the trainee's training programme director";
            case DEANERY -> "as the deanery's welfare team";
        };
    }
}
