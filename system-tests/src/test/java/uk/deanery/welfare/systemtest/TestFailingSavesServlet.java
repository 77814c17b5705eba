package uk.deanery.welfare.systemtest;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes the real database refuse every new concern, and stop refusing, deployed only with the tests that need it:
 * {@code GET /test-db/failing-saves?state=on} adds a check constraint that no row can meet (not checked against the
 * rows already there), {@code state=off} drops it. Each save then fails in the database itself, as it would on a
 * full disk or a lost connection, without taking the database away from the other tests' requests.
 */
@WebServlet("/test-db/failing-saves")
public class TestFailingSavesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CONSTRAINT = "ck_test_refuse_every_concern";

    @Resource(lookup = "jdbc/welfare")
    transient DataSource dataSource;

    @Override
    protected synchronized void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean on = "on".equals(request.getParameter("state"));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            statement.execute("ALTER TABLE welfare_concern DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
            if (on) {
                statement.execute("ALTER TABLE welfare_concern ADD CONSTRAINT " + CONSTRAINT + " CHECK (1 = 0)"
                        + (postgres ? " NOT VALID" : " NOCHECK"));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().print(on ? "on" : "off");
    }
}
