package uk.deanery.welfare.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.reporting.audit.AuditFilter;
import uk.deanery.welfare.reporting.audit.AuditSearch;

/**
 * {@code /admin/audit.csv}: the audit entries the filter matches, as CSV (UTF-8, header row). Under {@code /admin/*},
 * so admins only; the service checks again and audits the export. A cell that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, tab or return) is prefixed with an apostrophe.
 */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        try {
            filter = AuditFilter.of(
                    request.getParameter("actor"),
                    request.getParameter("subject"),
                    request.getParameter("action"),
                    day(request.getParameter("from")),
                    day(request.getParameter("to")));
        } catch (DateTimeParseException notADate) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to must be dates, yyyy-MM-dd");
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        Writer out = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("occurred_at", "actor", "action", "subject_type", "subject_id", "outcome", "change");
            for (AuditEntry entry : search.export(filter)) {
                csv.printRecord(
                        entry.getOccurredAt().toString(),
                        safe(entry.getActor()),
                        safe(entry.getAction()),
                        safe(entry.getSubjectType()),
                        safe(entry.getSubjectId()),
                        entry.getOutcome().name(),
                        safe(entry.getChange().orElse("")));
            }
        }
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
