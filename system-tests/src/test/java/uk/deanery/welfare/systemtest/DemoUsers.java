package uk.deanery.welfare.systemtest;

import java.util.List;

/** The demo users of realm {@code deanery} who have a record, each with the page they land on and the pages their role opens. */
public final class DemoUsers {

    private static final List<String> TRAINEE_PAGES = List.of("/trainee/home.xhtml");
    private static final List<String> SUPERVISOR_PAGES = List.of("/supervisor/concerns.xhtml");
    private static final List<String> TPD_PAGES = List.of("/tpd/concerns.xhtml");
    private static final List<String> ADMIN_PAGES = List.of(
            "/admin/programmes.xhtml",
            "/admin/instruments.xhtml",
            "/admin/waves.xhtml",
            "/admin/survey-import.xhtml",
            "/admin/outbox.xhtml",
            "/admin/triage.xhtml",
            "/admin/audit.xhtml");

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("trainee1", TRAINEE_PAGES),
            new DemoUser("trainee2", TRAINEE_PAGES),
            new DemoUser("trainee3", TRAINEE_PAGES),
            new DemoUser("supervisor1", SUPERVISOR_PAGES),
            new DemoUser("supervisor2", SUPERVISOR_PAGES),
            new DemoUser("tpd1", TPD_PAGES),
            new DemoUser("tpd2", TPD_PAGES),
            new DemoUser("admin1", ADMIN_PAGES));

    private DemoUsers() {}

    /** A demo user; the first of their pages is where signing in lands them. */
    public record DemoUser(String username, List<String> pages) {

        public String landingPage() {
            return pages.get(0);
        }
    }
}
