package uk.deanery.welfare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
