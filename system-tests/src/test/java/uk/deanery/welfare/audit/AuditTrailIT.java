package uk.deanery.welfare.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.access.boundary.AccessDeniedException;
import uk.deanery.welfare.access.control.Actors;
import uk.deanery.welfare.access.entity.Caller;
import uk.deanery.welfare.access.entity.Role;
import uk.deanery.welfare.audit.entity.AuditEntry;
import uk.deanery.welfare.concerns.boundary.ConcernService;
import uk.deanery.welfare.concerns.boundary.ConcernSubmission;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.platform.time.DeaneryClock;
import uk.deanery.welfare.reporting.audit.AuditFilter;
import uk.deanery.welfare.reporting.audit.AuditSearch;
import uk.deanery.welfare.systemtest.Deployments;
import uk.deanery.welfare.systemtest.KeycloakLogin;

/**
 * The admins' audit trail: filtered by person, record, action and day, paged, exported as CSV, refused to anyone
 * else, and never holding a concern's text.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final Caller admin1 = Caller.person("admin1@deanery.example", Set.of(Role.ADMIN));
    private static final Caller trainee1 = Caller.person("trainee1@deanery.example", Set.of(Role.TRAINEE));
    private static final Caller tpd1 = Caller.person("tpd1@deanery.example", Set.of(Role.TPD));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(AuditTrailIT.class);
    }

    @Inject
    AuditSearch search;

    @Inject
    ConcernService concerns;

    private String sharedConcernOfTrainee1(String description) {
        return Actors.runAs(
                        trainee1,
                        () -> concerns.raise(new ConcernSubmission(
                                "1000001", "WORKLOAD", description, ConcernSharing.SUPERVISOR_AND_DEANERY)))
                .getReference();
    }

    @Test
    void anInvestigatorFindsWhoReadAConcernByPersonRecordActionAndDay() {
        String description = "Audit trail test, private words";
        String reference = sharedConcernOfTrainee1(description);
        Actors.runAs(tpd1, () -> concerns.find(reference));
        LocalDate today = LocalDate.now(DeaneryClock.ZONE);

        AuditFilter readsByTpd1 = AuditFilter.of("tpd1@deanery.example", reference, "read_concern", today, today);
        assertThat(Actors.runAs(admin1, () -> search.search(readsByTpd1, 0, 50)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("tpd1@deanery.example");
                    assertThat(e.getAction()).isEqualTo(ConcernService.ACTION_READ);
                });
        assertThat(Actors.runAs(admin1, () -> search.count(readsByTpd1))).isEqualTo(1);
        assertThat(Actors.runAs(
                        admin1,
                        () -> search.search(AuditFilter.of(null, reference, null, today.plusDays(1), null), 0, 50)))
                .as("nothing tomorrow")
                .isEmpty();
        assertThat(Actors.runAs(admin1, () -> search.search(AuditFilter.of(null, reference, null, null, null), 0, 50)))
                .extracting(AuditEntry::getActor)
                .contains("trainee1@deanery.example", "tpd1@deanery.example");
        assertThat(Actors.runAs(admin1, () -> search.search(AuditFilter.of(null, reference, null, null, null), 0, 50)))
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain(description));
        assertThat(Actors.runAs(admin1, () -> search.search(AuditFilter.everything(), 0, 3)))
                .as("a page at a time")
                .hasSize(3);
    }

    @Test
    void onlyAdminsSearchTheTrailAndEverySearchIsItselfAudited() {
        assertThatThrownBy(() -> Actors.runAs(tpd1, () -> search.search(AuditFilter.everything(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.runAs(trainee1, () -> search.export(AuditFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);

        Actors.runAs(admin1, () -> search.search(AuditFilter.everything(), 0, 10));

        assertThat(Actors.runAs(
                        admin1,
                        () -> search.search(
                                AuditFilter.of("admin1@deanery.example", null, AuditSearch.ACTION_SEARCH, null, null),
                                0,
                                10)))
                .isNotEmpty();
    }

    @Test
    void anAdminDownloadsTheFilteredTrailAsCsvAndATraineeIsRefused() throws Exception {
        String reference = sharedConcernOfTrainee1("Audit export test");
        KeycloakLogin admin = new KeycloakLogin();
        admin.logIn("admin1", "demo");

        HttpResponse<String> csv = admin.get("/admin/audit.csv?subject=" + reference);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst())
                .contains("occurred_at,actor,action,subject_type,subject_id,outcome,change");
        assertThat(csv.body()).contains("trainee1@deanery.example,RAISE_CONCERN,WelfareConcern," + reference);
        assertThat(csv.body()).doesNotContain("Audit export test");
        assertThat(admin.get("/admin/audit.csv?from=yesterday").statusCode()).isEqualTo(400);

        KeycloakLogin trainee = new KeycloakLogin();
        trainee.logIn("trainee1", "demo");
        assertThat(trainee.get("/admin/audit.csv").statusCode()).isEqualTo(403);
    }
}
