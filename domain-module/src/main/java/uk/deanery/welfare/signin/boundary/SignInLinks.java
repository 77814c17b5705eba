package uk.deanery.welfare.signin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.shared.Checks;
import uk.deanery.welfare.shared.EmailChanged;
import uk.deanery.welfare.signin.entity.SignInLink;

/**
 * Decides, at every sign-in, whether the account may act as the email address it carries. The address must be
 * verified by the sign-in service. The first sign-in with an address links it to the account's subject; after that
 * the address signs in only from that account, and the account only as that address, until the deanery changes the
 * person's address in the product (the link follows it). Links and refusals are audited under the subject, never
 * with anything the person wrote.
 */
@ApplicationScoped
@Transactional
public class SignInLinks {

    public static final String SUBJECT_SIGN_IN = "SignIn";
    public static final String ACTION_LINK = "LINK_SIGN_IN";
    public static final String ACTION_REFUSE = "REFUSE_SIGN_IN";
    public static final String ACTION_MOVE = "MOVE_SIGN_IN";

    private static final Logger LOG = Logger.getLogger(SignInLinks.class.getName());

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Accepts or refuses the signed-in account.
     *
     * @param subject the sign-in service's subject for the account ({@code sub})
     * @param email the address it carries ({@code email})
     * @param emailVerified whether the sign-in service verified it ({@code email_verified})
     * @return true when this sign-in linked the address to the account (its first)
     * @throws SignInRefused with the reason, audited, when the account may not act as that address
     */
    public boolean accept(String subject, String email, boolean emailVerified) {
        if (subject == null || subject.isBlank() || email == null || email.isBlank()) {
            throw refuse(subject, SignInRefused.Reason.INCOMPLETE);
        }
        String address = Checks.normaliseEmail(email);
        if (!emailVerified) {
            throw refuse(subject, SignInRefused.Reason.EMAIL_NOT_VERIFIED);
        }
        SignInLink mine = em.find(SignInLink.class, subject);
        if (mine != null) {
            if (!mine.isFor(address)) {
                throw refuse(subject, SignInRefused.Reason.ACCOUNT_LINKED_TO_ANOTHER_EMAIL);
            }
            return false;
        }
        Optional<SignInLink> holder = find(address);
        if (holder.isPresent()) {
            if (holder.get().getSubject().equals(subject)) {
                // This account's other sign-in of the same moment (a double click, two tabs) linked it in between.
                return false;
            }
            throw refuse(subject, SignInRefused.Reason.EMAIL_LINKED_TO_ANOTHER_ACCOUNT);
        }
        em.persist(new SignInLink(subject, address, Instant.now(clock)));
        audit.recordChange(ACTION_LINK, SUBJECT_SIGN_IN, auditId(subject), "none", "linked");
        return true;
    }

    /** The account linked to this address, if one has signed in with it. */
    public Optional<String> subjectOf(String email) {
        return linkOf(email).map(SignInLink::getSubject);
    }

    /** The link of this address, if an account has signed in with it. */
    public Optional<SignInLink> linkOf(String email) {
        return find(Checks.normaliseEmail(email));
    }

    /** A person's address changed in the product: the account linked to the old one now signs in as the new one. */
    void follow(@Observes EmailChanged change) {
        find(change.from()).ifPresent(link -> {
            // An account that signed in under the new address before the deanery gave it to this person loses it:
            // the record says whose it is, and the old link proves which account is theirs.
            find(change.to()).ifPresent(taken -> {
                em.remove(taken);
                audit.recordChange(
                        ACTION_MOVE,
                        SUBJECT_SIGN_IN,
                        auditId(taken.getSubject()),
                        "linked",
                        "address given to another");
            });
            em.flush();
            link.moveTo(change.to());
            audit.recordChange(ACTION_MOVE, SUBJECT_SIGN_IN, auditId(link.getSubject()), "old address", "new address");
        });
    }

    private Optional<SignInLink> find(String address) {
        return em.createNamedQuery(SignInLink.FIND_BY_EMAIL, SignInLink.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
    }

    private SignInRefused refuse(String subject, SignInRefused.Reason reason) {
        audit.recordDenied(ACTION_REFUSE + "_" + reason.name(), SUBJECT_SIGN_IN, auditId(subject));
        LOG.warning(() -> "Sign-in refused (" + reason + ") for subject " + auditId(subject));
        return new SignInRefused(reason);
    }

    private static String auditId(String subject) {
        if (subject == null || subject.isBlank()) {
            return "unknown";
        }
        return subject.length() <= 60 ? subject : subject.substring(0, 60);
    }
}
