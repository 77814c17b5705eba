package uk.deanery.welfare.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import uk.deanery.welfare.signin.boundary.SignInRefused;

/** Explains on {@code signin-refused.xhtml} why a sign-in was not accepted, without naming anyone's record. */
@Named
@RequestScoped
public class SignInRefusedPage {

    private String reason;

    public String getExplanation() {
        SignInRefused.Reason known;
        try {
            known = reason == null ? SignInRefused.Reason.INCOMPLETE : SignInRefused.Reason.valueOf(reason);
        } catch (IllegalArgumentException unknown) {
            known = SignInRefused.Reason.INCOMPLETE;
        }
        return switch (known) {
            case EMAIL_NOT_VERIFIED -> "The sign-in service has not verified your email address yet. Follow the"
                    + " link in the verification email it sent you, then sign in again.";
            case EMAIL_LINKED_TO_ANOTHER_ACCOUNT -> "Your email address is already linked to another sign-in"
                    + " account here, so this account cannot use it.";
            case ACCOUNT_LINKED_TO_ANOTHER_EMAIL -> "Your sign-in account now carries a different email address"
                    + " from the one it was linked with here, so it cannot be used until the deanery updates your"
                    + " record.";
            case INCOMPLETE -> "The sign-in service did not say who you are (no account id or email address).";
        };
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
