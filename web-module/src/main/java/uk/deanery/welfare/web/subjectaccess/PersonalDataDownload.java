package uk.deanery.welfare.web.subjectaccess;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.reporting.export.PersonalDataExport;
import uk.deanery.welfare.shared.NotFoundException;
import uk.deanery.welfare.subjectaccess.boundary.PersonalData;

/** Sends {@link PersonalData} as the file asked for ({@code format=json} or {@code pdf}), never cached. */
final class PersonalDataDownload {

    private PersonalDataDownload() {}

    static void send(String format, Supplier<PersonalData> gather, HttpServletResponse response) throws IOException {
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"json".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be json or pdf");
            return;
        }
        PersonalData data;
        try {
            data = gather.get();
        } catch (NotFoundException missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String file = "personal-data-" + data.person().gmcNumber() + (pdf ? ".pdf" : ".json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        if (pdf) {
            response.setContentType("application/pdf");
            PersonalDataExport.pdf(data, response.getOutputStream());
        } else {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            PersonalDataExport.json(data, response.getOutputStream());
        }
    }
}
