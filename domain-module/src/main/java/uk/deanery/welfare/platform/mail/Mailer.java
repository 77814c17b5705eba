package uk.deanery.welfare.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.deanery.welfare.access.boundary.AccessPolicy;
import uk.deanery.welfare.access.entity.Role;

/**
 * Sends email through the SMTP server in {@code welfare.mail.host} / {@code welfare.mail.port}, from
 * {@code welfare.mail.from}, and keeps every message in the outbox. Without a host, messages are only kept, so a
 * developer's machine needs no mail server: the admins' outbox page shows what would have gone out.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final String TIMEOUT_MILLIS = "5000";

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    @ConfigProperty(name = "welfare.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "welfare.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "welfare.mail.from", defaultValue = "welfare-tracker@deanery.example")
    String from;

    @Inject
    Clock clock;

    /** Keeps and sends one message in a transaction of its own, so one bad address never undoes the others. */
    @Transactional(TxType.REQUIRES_NEW)
    public OutboxMessage send(String recipient, String subject, String body) {
        OutboxMessage message = new OutboxMessage(recipient, subject, body, Instant.now(clock));
        em.persist(message);
        if (host.isEmpty() || host.get().isBlank()) {
            return message;
        }
        try {
            MimeMessage mime = new MimeMessage(session());
            mime.setFrom(new InternetAddress(from));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            mime.setSubject(subject, StandardCharsets.UTF_8.name());
            mime.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(mime);
            message.sent(Instant.now(clock));
        } catch (MessagingException e) {
            // The address and reason only; never the body.
            LOG.log(Level.WARNING, "Could not send mail to {0}: {1}", new Object[] {recipient, e.getMessage()});
            message.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return message;
    }

    /** The newest messages first, for the admins' outbox page. */
    @Transactional
    public List<OutboxMessage> recent(int maxResults) {
        access.requireRole("read outbox", Role.ADMIN);
        return em.createNamedQuery(OutboxMessage.FIND_RECENT, OutboxMessage.class)
                .setMaxResults(maxResults)
                .getResultList();
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return Session.getInstance(properties);
    }
}
