package uk.deanery.welfare.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}, which run alike on H2 and
 * PostgreSQL, and the few in {@code db/vendor/<database>} that cannot. EclipseLink never generates DDL.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/welfare")
    private DataSource dataSource;

    public MigrateResult migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result;
    }

    /**
     * The folder of the few migrations that cannot be written alike for both databases ({@code postgresql} or
     * {@code h2}); each holds the same version numbers.
     */
    String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return vendorOf(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database jdbc/welfare is", e);
        }
    }

    static String vendorOf(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return "postgresql";
        }
        if (name.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("jdbc/welfare is " + productName + "; the product runs on PostgreSQL or H2");
    }
}
