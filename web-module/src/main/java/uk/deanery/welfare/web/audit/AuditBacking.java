package uk.deanery.welfare.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.reporting.audit.AuditFilter;
import uk.deanery.welfare.reporting.audit.AuditSearch;

/** Backs {@code admin/audit.xhtml}: the audit trail filtered, a page at a time, and the matching CSV's address. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    AuditSearch search;

    private String actor;
    private String subject;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private int first;
    private long total;
    private List<AuditEntry> entries = List.of();

    @PostConstruct
    void load() {
        show(0);
    }

    public void apply() {
        show(0);
    }

    public void next() {
        show(first + PAGE_SIZE);
    }

    public void previous() {
        show(Math.max(0, first - PAGE_SIZE));
    }

    private void show(int start) {
        AuditFilter filter = filter();
        total = search.count(filter);
        first = start;
        entries = search.search(filter, first, PAGE_SIZE);
    }

    private AuditFilter filter() {
        return AuditFilter.of(actor, subject, action, from, to);
    }

    /** The CSV download of what the filter matches ({@link AuditCsvServlet}). */
    public String getCsvAddress() {
        StringBuilder query = new StringBuilder("audit.csv?");
        append(query, "actor", actor);
        append(query, "subject", subject);
        append(query, "action", action);
        append(query, "from", from == null ? null : from.toString());
        append(query, "to", to == null ? null : to.toString());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    public String getShowing() {
        if (total == 0) {
            return "No entries match.";
        }
        return "Entries " + (first + 1) + " to " + (first + entries.size()) + " of " + total + ", newest first.";
    }

    public boolean isHasNext() {
        return first + PAGE_SIZE < total;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
