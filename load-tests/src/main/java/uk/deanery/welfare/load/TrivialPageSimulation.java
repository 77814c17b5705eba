package uk.deanery.welfare.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * The pages benchmark's floor: the same signed-in trainees, on the same server, each opening a trivial Faces page
 * ({@code load.trivialPage}, deployed only with the benchmark) again and again. What the server gives before the
 * product does any work of its own: the security constraint, the session, Faces rendering one line.
 */
public class TrivialPageSimulation extends SignedInTrainees {

    static final String PAGE = System.getProperty("load.trivialPage", "/trainee/benchmark-floor.xhtml");

    public TrivialPageSimulation() {
        super("trivial Faces page");
    }

    @Override
    protected ChainBuilder measured() {
        return exec(http("open the trivial page").get(PAGE).check(status().is(200), substring("benchmark floor")));
    }
}
