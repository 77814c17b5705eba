package uk.deanery.welfare.web.subjectaccess;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.deanery.welfare.subjectaccess.boundary.SubjectAccess;

/** {@code /trainee/my-data?format=json|pdf}: everything the product holds about the signed-in trainee. Audited. */
@WebServlet("/trainee/my-data")
public class MyDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubjectAccess subjectAccess;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PersonalDataDownload.send(request.getParameter("format"), subjectAccess::mine, response);
    }
}
