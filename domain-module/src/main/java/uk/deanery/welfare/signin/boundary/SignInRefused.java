package uk.deanery.welfare.signin.boundary;

/** A sign-in the product will not accept, with the reason to tell the person (never whose record it would reach). */
public class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, in words a page can show; the codes name the page's explanations. */
    public enum Reason {
        /** The sign-in service has not verified the email address. */
        EMAIL_NOT_VERIFIED,
        /** The address is linked to another account: it may have been moved onto this one. */
        EMAIL_LINKED_TO_ANOTHER_ACCOUNT,
        /** This account was linked to another address, which it no longer carries. */
        ACCOUNT_LINKED_TO_ANOTHER_EMAIL,
        /** The sign-in carries no subject or no email. */
        INCOMPLETE
    }

    private final Reason reason;

    public SignInRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
