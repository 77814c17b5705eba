package uk.deanery.welfare.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.audit.boundary.AuditLog;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.audit.entity.AuditOutcome;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.interventions.boundary.SupportActivities;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/**
 * Every role page for every role, and a concern's address opened by each person, signed in through the real
 * Keycloak over HTTP. Runs inside the server so it can also read the audit log the refusals must leave.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessIT {

    private static final List<String> PAGES = List.of(
            "/trainee/home.xhtml", "/supervisor/concerns.xhtml", "/tpd/concerns.xhtml", "/admin/programmes.xhtml");

    /** Each demo user and the one role page they may open. */
    private static final Map<String, String> OWN_PAGE = Map.of(
            "trainee1", "/trainee/home.xhtml",
            "supervisor1", "/supervisor/concerns.xhtml",
            "tpd1", "/tpd/concerns.xhtml",
            "admin1", "/admin/programmes.xhtml");

    /** Every admin page: all of them hold or change survey or welfare data. */
    private static final List<String> ADMIN_PAGES = List.of(
            "/admin/programmes.xhtml",
            "/admin/instruments.xhtml",
            "/admin/waves.xhtml",
            "/admin/survey-import.xhtml",
            "/admin/outbox.xhtml",
            "/admin/triage.xhtml",
            "/admin/audit.xhtml");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(PageAccessIT.class);
    }

    @Inject
    ConcernService concerns;

    @Inject
    AuditLog audit;

    @Test
    void eachRoleOpensItsOwnPageAndIsRefusedTheOthers() throws Exception {
        for (Map.Entry<String, String> user : OWN_PAGE.entrySet()) {
            KeycloakLogin session = new KeycloakLogin();
            session.logIn(user.getKey(), "demo");
            for (String page : PAGES) {
                int expected = page.equals(user.getValue()) ? 200 : 403;
                assertThat(session.get(page).statusCode())
                        .as("%s opening %s", user.getKey(), page)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyAdminsOpenTheAdminPages() throws Exception {
        KeycloakLogin admin = new KeycloakLogin();
        admin.logIn("admin1", "demo");
        KeycloakLogin trainee = new KeycloakLogin();
        trainee.logIn("trainee1", "demo");
        for (String page : ADMIN_PAGES) {
            assertThat(admin.get(page).statusCode())
                    .as("admin1 opening %s", page)
                    .isEqualTo(200);
            assertThat(trainee.get(page).statusCode())
                    .as("trainee1 opening %s", page)
                    .isEqualTo(403);
        }
    }

    @Inject
    SupportActivities activities;

    /** {@code DeniedPageAudit.ACTION}, in the web module. */
    private static final String OPEN_PAGE = "OPEN_PAGE";

    @Test
    void theActivityPagesOpenForAdminsAndPeerSupportersOnlyAndAnActivityOnlyForWhoeverManagesIt() throws Exception {
        String demoWebinar = Actors.runAsSystem(() -> activities.manageable().stream()
                .filter(a -> a.getTitle().startsWith("Your e-portfolio: a peer-led webinar (2025"))
                .findFirst()
                .orElseThrow()
                .getReference());
        String activityPage = "/activities/activity.xhtml?ref=" + demoWebinar;
        Map<String, Integer> expected = Map.of("admin1", 200, "peer1", 200, "trainee1", 403, "supervisor1", 403);
        for (Map.Entry<String, Integer> user : expected.entrySet()) {
            KeycloakLogin session = new KeycloakLogin();
            session.logIn(user.getKey(), "demo");
            assertThat(session.get("/activities/index.xhtml").statusCode())
                    .as("%s opening the activities", user.getKey())
                    .isEqualTo(user.getValue());
            assertThat(session.get(activityPage).statusCode())
                    .as("%s opening the demo webinar, run by peer1", user.getKey())
                    .isEqualTo(user.getValue());
        }
        KeycloakLogin admin = new KeycloakLogin();
        admin.logIn("admin1", "demo");
        assertThat(admin.get("/activities/activity.xhtml?ref=no-such-activity").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPageRefusedByRoleIsAudited() throws Exception {
        KeycloakLogin trainee1 = new KeycloakLogin();
        trainee1.logIn("trainee1", "demo");

        assertThat(trainee1.get("/admin/programmes.xhtml").statusCode()).isEqualTo(403);

        List<AuditEntry> entries = Actors.runAsSystem(() -> audit.entriesFor("Page", "/admin/programmes.xhtml"));
        assertThat(entries)
                .anyMatch(e ->
                        e.getOutcome() == AuditOutcome.DENIED && e.getActor().equals("trainee1@deanery.example"));
    }

    @Test
    void aRefusedPageReloadedIsRecordedOnceAndTheForbiddenPageOpenedByNobodyWritesNothing() throws Exception {
        KeycloakLogin trainee2 = new KeycloakLogin();
        trainee2.logIn("trainee2", "demo");
        // An address refused by the admin pages' role that nobody has opened before.
        String page = "/admin/never-opened-" + UUID.randomUUID().toString().substring(0, 8) + ".xhtml";
        java.util.function.Supplier<List<AuditEntry>> refusals =
                () -> Actors.runAsSystem(() -> audit.entriesFor("Page", page)).stream()
                        .filter(e -> e.getActor().equals("trainee2@deanery.example")
                                && e.getOutcome() == AuditOutcome.DENIED)
                        .toList();
        for (int i = 0; i < 5; i++) {
            assertThat(trainee2.get(page).statusCode()).isEqualTo(403);
        }

        assertThat(refusals.get())
                .as("five reloads within the ten minutes of DeniedPageAudit.WINDOW are one entry")
                .hasSize(1);
        long anonymousBefore = Actors.runAsSystem(() -> audit.recent(500)).stream()
                .filter(e -> e.getActor().equals("anonymous") && e.getAction().equals(OPEN_PAGE))
                .count();
        java.net.http.HttpClient anonymous = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 3; i++) {
            anonymous.send(
                    java.net.http.HttpRequest.newBuilder(KeycloakLogin.BASE.resolve("/error/forbidden.xhtml"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        assertThat(Actors.runAsSystem(() -> audit.recent(500)).stream()
                        .filter(e -> e.getActor().equals("anonymous")
                                && e.getAction().equals(OPEN_PAGE))
                        .count())
                .isEqualTo(anonymousBefore);
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        KeycloakLogin browser = new KeycloakLogin();
        HttpResponse<String> loginForm = browser.get("/login");
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("no session before signing in"));

        browser.submitLoginForm(loginForm, "trainee1", "demo");

        assertThat(browser.get("/trainee/home.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void aConcernsAddressShowsItOnlyToThoseWhoMaySeeIt() throws Exception {
        String description = "Address test " + UUID.randomUUID();
        String reference = Actors.runAsSystem(() -> concerns.raise(new ConcernSubmission(
                        "1000002", "WORKLOAD", description, ConcernSharing.SUPERVISOR_AND_DEANERY)))
                .getReference();
        String address = "/concern.xhtml?ref=" + reference;

        for (String refused : List.of("trainee1", "supervisor1", "tpd1")) {
            KeycloakLogin session = new KeycloakLogin();
            session.logIn(refused, "demo");
            HttpResponse<String> page = session.get(address);
            assertThat(page.statusCode()).as(refused).isEqualTo(403);
            assertThat(page.body()).as(refused).doesNotContain(description);
        }
        for (String allowed : List.of("trainee2", "admin1")) {
            KeycloakLogin session = new KeycloakLogin();
            session.logIn(allowed, "demo");
            HttpResponse<String> page = session.get(address);
            assertThat(page.statusCode()).as(allowed).isEqualTo(200);
            assertThat(page.body()).as(allowed).contains(description);
        }
        List<AuditEntry> entries =
                Actors.runAsSystem(() -> audit.entriesFor(ConcernService.SUBJECT_CONCERN, reference));
        assertThat(entries)
                .filteredOn(e -> e.getOutcome() == AuditOutcome.DENIED)
                .extracting(AuditEntry::getActor)
                .containsExactlyInAnyOrder(
                        "trainee1@deanery.example", "supervisor1@deanery.example", "tpd1@deanery.example");
    }

    @Test
    void anAjaxRequestWithoutASessionIsSentToALoginInsteadOfFailingSilently() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(KeycloakLogin.BASE.resolve("/trainee/home.xhtml"))
                        .header("Faces-Request", "partial/ajax")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("<partial-response><redirect url=\"/login\"/></partial-response>");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(KeycloakLogin.BASE.resolve("/login")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
}
