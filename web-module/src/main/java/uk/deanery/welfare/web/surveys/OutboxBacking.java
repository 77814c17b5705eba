package uk.deanery.welfare.web.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.deanery.welfare.platform.mail.Mailer;
import uk.deanery.welfare.platform.mail.OutboxMessage;

/** Backs {@code admin/outbox.xhtml}: the email the application has sent, newest first. */
@Named
@RequestScoped
public class OutboxBacking {

    @Inject
    Mailer mailer;

    private List<OutboxMessage> messages;

    @PostConstruct
    void load() {
        messages = mailer.recent(200);
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }
}
