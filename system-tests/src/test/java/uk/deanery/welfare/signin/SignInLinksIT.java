package uk.deanery.welfare.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.signin.boundary.SignInLinks;
import uk.deanery.welfare.signin.boundary.SignInRefused;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.TestData;
import uk.deanery.welfare.trainees.boundary.TraineeRegistration;
import uk.deanery.welfare.trainees.boundary.TraineeService;

/** The rules of {@link SignInLinks}, each with its audit entry, and a link following an address the deanery changes. */
@ExtendWith(ArquillianExtension.class)
class SignInLinksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(SignInLinksIT.class);
    }

    @Inject
    SignInLinks links;

    @Inject
    AuditLog audit;

    @Inject
    TraineeService trainees;

    @Inject
    TestData data;

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    private static String address() {
        return "link." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    private boolean accept(String subject, String email, boolean verified) {
        return Actors.runAs(Caller.person(email, Set.of(Role.TRAINEE)), () -> links.accept(subject, email, verified));
    }

    private List<String> trailOf(String subject) {
        return Actors.runAsSystem(() -> audit.entriesFor(SignInLinks.SUBJECT_SIGN_IN, subject)).stream()
                .map(e -> e.getAction() + " " + e.getOutcome())
                .toList();
    }

    @Test
    void theFirstVerifiedSignInLinksTheAddressOnceAndForAll() {
        String subject = subject();
        String email = address();

        assertThat(accept(subject, email.toUpperCase(), true)).isTrue();
        assertThat(accept(subject, email, true)).isFalse();

        assertThat(links.subjectOf(email)).contains(subject);
        assertThat(trailOf(subject)).containsExactly("LINK_SIGN_IN ALLOWED");
    }

    @Test
    void eachRefusalIsAuditedWithItsReasonAndLinksNothing() {
        String subject = subject();
        String email = address();
        String otherSubject = subject();
        accept(otherSubject, email, true);

        assertThatThrownBy(() -> accept(subject, address(), false))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.getReason())
                        .isEqualTo(SignInRefused.Reason.EMAIL_NOT_VERIFIED));
        assertThatThrownBy(() -> accept(subject, email, true))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.getReason())
                        .isEqualTo(SignInRefused.Reason.EMAIL_LINKED_TO_ANOTHER_ACCOUNT));
        assertThatThrownBy(() -> accept(otherSubject, address(), true))
                .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.getReason())
                        .isEqualTo(SignInRefused.Reason.ACCOUNT_LINKED_TO_ANOTHER_EMAIL));
        assertThatThrownBy(() -> accept(" ", email, true))
                .isInstanceOfSatisfying(
                        SignInRefused.class, e -> assertThat(e.getReason()).isEqualTo(SignInRefused.Reason.INCOMPLETE));

        assertThat(trailOf(subject))
                .containsExactly(
                        "REFUSE_SIGN_IN_EMAIL_NOT_VERIFIED DENIED",
                        "REFUSE_SIGN_IN_EMAIL_LINKED_TO_ANOTHER_ACCOUNT DENIED");
        assertThat(trailOf(otherSubject))
                .containsExactly("LINK_SIGN_IN ALLOWED", "REFUSE_SIGN_IN_ACCOUNT_LINKED_TO_ANOTHER_EMAIL DENIED");
        assertThat(links.subjectOf(email)).contains(otherSubject);
    }

    @Test
    void whenTheDeaneryChangesATraineesAddressTheirSignInFollowsIt() {
        String programme = Actors.runAsSystem(data::programme);
        String gmc = Actors.runAsSystem(() -> data.enrolledTrainee(programme, 2026));
        String oldEmail = Actors.runAsSystem(() -> trainees.require(gmc).getEmail());
        String newEmail = address();
        String subject = subject();
        accept(subject, oldEmail, true);

        Actors.runAsSystem(
                () -> trainees.updateDetails(new TraineeRegistration(gmc, "Ada", "Okafor", newEmail, "Nigeria", true)));

        assertThat(links.subjectOf(newEmail)).contains(subject);
        assertThat(links.subjectOf(oldEmail)).isEmpty();
        assertThat(accept(subject, newEmail, true))
                .as("signs in under the new address")
                .isFalse();
        assertThatThrownBy(() -> accept(subject, oldEmail, true)).isInstanceOf(SignInRefused.class);
        assertThat(Actors.runAsSystem(() -> audit.entriesFor(SignInLinks.SUBJECT_SIGN_IN, subject)))
                .extracting(AuditEntry::getAction, AuditEntry::getOutcome)
                .contains(org.assertj.core.groups.Tuple.tuple(SignInLinks.ACTION_MOVE, AuditOutcome.ALLOWED));
    }
}
