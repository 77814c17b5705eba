package uk.deanery.welfare.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One instance at a time through the start-up loading (the built-in instruments, the demo data, the report read
 * model): the instances of a deployment group start together on one database, and the second must find what the
 * first loaded rather than load it again. On PostgreSQL a session-level advisory lock on a connection of its own,
 * released when the work ends or, should the instance die, when its connection closes. Embedded H2 is one instance's
 * own file, so there is nobody to wait for.
 */
@ApplicationScoped
public class StartupLock {

    /** The advisory lock's key: any number no other part of the product uses ("welfare" in ASCII). */
    static final long KEY = 0x77656c66617265L;

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    @Resource(lookup = "jdbc/welfare")
    private DataSource dataSource;

    /**
     * Runs the work while holding the lock, waiting for another instance's start-up to finish first.
     *
     * @return what the work returned
     */
    public <T> T whileHeld(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"postgresql"
                    .equals(DatabaseMigration.vendorOf(connection.getMetaData().getDatabaseProductName()))) {
                return work.get();
            }
            call(connection, "SELECT pg_advisory_lock(?)");
            try {
                LOG.fine("Start-up lock held");
                return work.get();
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock on jdbc/welfare", e);
        }
    }

    private static void call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }
}
