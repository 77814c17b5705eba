package uk.deanery.welfare.systemtest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.concerns.boundary.EscalationCheck;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/**
 * The test clock of the browser tests, deployed only with them: {@code GET /test-clock/escalation?ref=R} runs the
 * escalation check as the scheduler would, at the moment just after concern R's acknowledgement deadline, and
 * answers with that moment and how many concerns moved. The product's own schedule calls the same check with the
 * real time.
 */
@WebServlet("/test-clock/escalation")
public class TestClockServlet extends HttpServlet {

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    @Inject
    EscalationCheck check;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("ref");
        Instant afterDeadline = em.createNamedQuery(WelfareConcern.FIND_BY_REFERENCE, WelfareConcern.class)
                .setParameter("reference", reference)
                .getSingleResult()
                .getAcknowledgeBy()
                .plusSeconds(1);
        int moved = Actors.runAsSystem(() -> check.run(afterDeadline));
        response.setContentType("text/plain");
        response.getWriter().print(afterDeadline + " " + moved);
    }
}
