package uk.deanery.welfare.web.subjectaccess;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.deanery.welfare.subjectaccess.boundary.SubjectAccess;

/**
 * {@code /admin/personal-data?gmc=N&format=json|pdf}: an admin answers a trainee's request for their data received
 * outside the product. Under {@code /admin/*}; the service checks the role again and audits the export.
 */
@WebServlet("/admin/personal-data")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubjectAccess subjectAccess;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String gmc = request.getParameter("gmc");
        if (gmc == null || !gmc.strip().matches("\\d{7}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "gmc must be a GMC number of 7 digits");
            return;
        }
        PersonalDataDownload.send(
                request.getParameter("format"), () -> subjectAccess.forTrainee(gmc.strip()), response);
    }
}
