package uk.deanery.welfare.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may open what, written out from the rules the deanery agreed (README, "Concerns: who sees them" and the
 * pages' own descriptions), not read from the code under test. One row per page, servlet and API endpoint, and for
 * the concern page one row per kind of object: {@code {shared}} is a concern trainee1 shares with their supervisor,
 * {@code {private}} one they keep for the deanery. trainee1's supervisor is supervisor1 and their programme's
 * director tpd1; trainee2, supervisor2 and tpd2 are the same roles with someone else's.
 *
 * <p>Outcomes: {@code login} (Keycloak's login form: not signed in), or the HTTP status the request ends with after
 * the application's own redirects. Error pages and the public pages hold no data and open for anyone; a request
 * that lacks what it needs (a page without its object, {@code /signin} without the gateway's parameters, an import
 * without a file) ends in 400 or 404 for those who may make it, and in 403 for those who may not. API rows are called
 * with a token of a client holding that role (no token for anonymous); both trainees' columns use the trainee
 * client, and so on. A client with the TPD role directs no programme, so it gets no report (403), as a director
 * whose appointment ended would.
 */
final class AuthorizationMatrix {

    static final List<String> CALLERS = List.of(
            "anonymous", "trainee1", "trainee2", "supervisor1", "supervisor2", "tpd1", "tpd2", "admin1", "analyst1");

    private static final String TABLE =
            """
            # request                                        anon  tr1 tr2 sup1 sup2 tpd1 tpd2 adm ana
            GET /index.xhtml                                 200   200 200 200  200  200  200  200 200
            GET /logged-out.xhtml                            200   200 200 200  200  200  200  200 200
            GET /not-registered.xhtml                        200   200 200 200  200  200  200  200 200
            GET /signin-refused.xhtml                        200   200 200 200  200  200  200  200 200
            GET /signin-unavailable.xhtml                    200   200 200 200  200  200  200  200 200
            GET /error/error.xhtml                           200   200 200 200  200  200  200  200 200
            GET /error/expired.xhtml                         200   200 200 200  200  200  200  200 200
            GET /error/forbidden.xhtml                       200   200 200 200  200  200  200  200 200
            GET /error/not-found.xhtml                       200   200 200 200  200  200  200  200 200
            GET /trainee/home.xhtml                          login 200 200 403  403  403  403  403 403
            GET /trainee/survey.xhtml                        login 404 404 403  403  403  403  403 403
            GET /trainee/my-data?format=json                 login 200 200 403  403  403  403  403 403
            GET /supervisor/concerns.xhtml                   login 403 403 200  200  403  403  403 403
            GET /tpd/concerns.xhtml                          login 403 403 403  403  200  200  403 403
            GET /concern.xhtml?ref={shared}                  login 200 403 200  403  200  403  200 403
            GET /concern.xhtml?ref={private}                 login 200 403 403  403  403  403  200 403
            GET /concern.xhtml                               login 404 404 404  404  404  404  404 403
            GET /activities/index.xhtml                      login 403 403 403  403  403  403  200 403
            GET /activities/activity.xhtml                   login 404 404 403  403  403  403  404 403
            GET /reports/prevalence.xhtml                    login 403 403 403  403  200  200  200 200
            GET /reports/activities.xhtml                    login 403 403 403  403  200  200  200 200
            GET /admin/programmes.xhtml                      login 403 403 403  403  403  403  200 403
            GET /admin/instruments.xhtml                     login 403 403 403  403  403  403  200 403
            GET /admin/instrument.xhtml                      login 403 403 403  403  403  403  404 403
            GET /admin/waves.xhtml                           login 403 403 403  403  403  403  200 403
            GET /admin/survey-import.xhtml                   login 403 403 403  403  403  403  200 403
            GET /admin/outbox.xhtml                          login 403 403 403  403  403  403  200 403
            GET /admin/triage.xhtml                          login 403 403 403  403  403  403  200 403
            GET /admin/audit.xhtml                           login 403 403 403  403  403  403  200 403
            GET /admin/audit.csv                             login 403 403 403  403  403  403  200 403
            GET /admin/personal-data.xhtml                   login 403 403 403  403  403  403  200 403
            GET /admin/retention.xhtml                        login 403 403 403  403  403  403  200 403
            GET /admin/personal-data?gmc=1000001&format=json login 403 403 403  403  403  403  200 403
            GET /keep-alive                                  204   204 204 204  204  204  204  204 204
            GET /logout                                      405   405 405 405  405  405  405  405 405
            GET /oidc/callback                               200   200 200 200  200  200  200  200 200
            GET /signin                                      400   400 400 400  400  400  400  400 400
            GET /login                                       login 200 200 200  200  200  200  200 200
            API GET /v1/reports/prevalence?instrument=IMG-INDUCTION 401 403 403 403 403 403 403 200 200
            API GET /v1/reports/activities?programme=YH-IMT  401   403 403 403  403  403  403  200 200
            API POST /v1/rosters                             401   403 403 403  403  403  403  422 403
            API POST /v1/survey-imports                      401   403 403 403  403  403  403  400 403
            """;

    /** A request and the outcome for each caller, in the order of {@link #CALLERS}. */
    record Row(boolean api, String method, String target, List<String> outcomes) {

        /** The path without its query: what discovery finds. */
        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        Map<String, String> byCaller() {
            Map<String, String> byCaller = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                byCaller.put(CALLERS.get(i), outcomes.get(i));
            }
            return byCaller;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(trimmed.split("\\s+")));
            boolean api = words.get(0).equals("API");
            if (api) {
                words.remove(0);
            }
            List<String> outcomes = words.subList(2, words.size());
            if (outcomes.size() != CALLERS.size()) {
                throw new IllegalStateException("row needs " + CALLERS.size() + " outcomes: " + line);
            }
            rows.add(new Row(api, words.get(0), words.get(1), List.copyOf(outcomes)));
        }
        return rows;
    }

    private AuthorizationMatrix() {}
}
