package uk.deanery.welfare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.deanery.welfare.systemtest.Deployments;

@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(DatabaseMigrationIT.class);
    }

    @Resource(lookup = "jdbc/welfare")
    DataSource dataSource;

    @Test
    void startupAppliedEveryMigrationSuccessfully() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection
                        .createStatement()
                        // Flyway creates its table with a quoted lower-case name on H2 as well.
                        .executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success"))
                        .as("migration %s", rs.getString("version"))
                        .isTrue();
                applied.add(rs.getString("version"));
            }
        }
        assertThat(applied).startsWith("1", "2");
    }

    /**
     * On PostgreSQL the audit trail refuses UPDATE, DELETE and TRUNCATE in the database itself, even from the
     * application's own connection; on H2 that is a documented limit (V18's H2 script says why).
     */
    @Test
    void theAuditTrailIsAppendOnlyInPostgresqlAndOnTheSameVersionOnH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet rs = connection
                    .createStatement()
                    .executeQuery("SELECT \"description\", \"success\" FROM \"flyway_schema_history\""
                            + " WHERE \"version\" = '18'")) {
                assertThat(rs.next()).as("V18 applied on either database").isTrue();
                assertThat(rs.getString(1)).isEqualTo("audit append only");
                assertThat(rs.getBoolean(2)).isTrue();
            }
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return; // H2 has no trigger for this, a documented limit (its V18 script says why)
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type,"
                        + " outcome) VALUES (nextval('entity_seq'), CURRENT_TIMESTAMP, 'test', 'APPEND_ONLY_CHECK',"
                        + " 'test', 'ALLOWED')");
                for (String change : List.of(
                        "UPDATE audit_entry SET actor = 'someone else' WHERE action = 'APPEND_ONLY_CHECK'",
                        "DELETE FROM audit_entry WHERE action = 'APPEND_ONLY_CHECK'",
                        "TRUNCATE audit_entry")) {
                    Savepoint before = connection.setSavepoint();
                    assertThatThrownBy(() -> statement.executeUpdate(change))
                            .as(change)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("append-only");
                    connection.rollback(before);
                }
                try (ResultSet rs =
                        statement.executeQuery("SELECT actor FROM audit_entry WHERE action = 'APPEND_ONLY_CHECK'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("test");
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void concernCategoriesFromTheStudyAreReferenceData() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("SELECT code FROM concern_category")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        assertThat(codes)
                .contains(
                        "ANXIETY_STARTING",
                        "COMMUNICATION_SKILLS",
                        "E_PORTFOLIO",
                        "SUPERVISOR_ACCESS",
                        "LIFE_IN_UK",
                        "DISCRIMINATION_BULLYING",
                        "EDUCATIONAL_BARRIERS",
                        "WORKLOAD",
                        "WELLBEING_BURNOUT");
    }
}
