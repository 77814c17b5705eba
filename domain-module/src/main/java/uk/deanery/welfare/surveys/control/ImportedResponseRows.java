package uk.deanery.welfare.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.deanery.welfare.surveys.entity.Participation;
import uk.deanery.welfare.surveys.entity.Response;
import uk.deanery.welfare.surveys.entity.ResponseAnswer;
import uk.deanery.welfare.surveys.entity.ResponseIndicator;

/**
 * Stores imported responses in JDBC batches, three statements for any number of them (on PostgreSQL the answers and
 * indicators by {@code COPY}, several times faster for rows this many): a file of past rounds is
 * hundreds of thousands of responses of some thirty rows each, which EclipseLink would send as three small batches
 * per response (its batches hold one statement type at a time, and a response's rows follow it). The responses are
 * built by {@link Response#imported}, so every domain rule and the read model (answers, indicators, the IMG and
 * first-post flags) are the entity's own; this class only writes the columns {@link Response} maps, in the caller's
 * transaction. {@code ImportedResponseRowsIT} compares what it stores with what JPA stores for the same response.
 */
@ApplicationScoped
public class ImportedResponseRows {

    private static final String ANSWERS = "response_answer (response_id, sort_order, item_code, answer_value)";
    private static final String INDICATORS = "response_indicator (response_id, item_code, category_code, met)";

    private static final String POSTGRESQL = "PostgreSQL";

    /** The value EclipseLink gives a new entity's numeric version column. */
    private static final long FIRST_VERSION = 1;

    @PersistenceContext(unitName = "welfare")
    EntityManager em;

    /**
     * Inserts the responses, not yet persisted, with their answers and indicators. Their participations, if any,
     * must already be persisted; the persistence context is flushed first so that the rows they point at exist.
     */
    public void insert(List<Response> responses) {
        if (responses.isEmpty()) {
            return;
        }
        em.flush();
        // The transaction's own connection: EclipseLink has begun it with the flush above, and closes it itself.
        Connection connection = em.unwrap(Connection.class);
        try {
            insertResponses(connection, responses);
            List<List<Object>> answers = answerRows(responses);
            List<List<Object>> indicators = indicatorRows(responses);
            if (POSTGRESQL.equals(connection.getMetaData().getDatabaseProductName())) {
                PostgresCopy.copy(connection, "COPY " + ANSWERS + " FROM STDIN WITH (FORMAT csv)", answers);
                PostgresCopy.copy(connection, "COPY " + INDICATORS + " FROM STDIN WITH (FORMAT csv)", indicators);
            } else {
                insertRows(connection, "INSERT INTO " + ANSWERS + " VALUES (?, ?, ?, ?)", answers);
                insertRows(connection, "INSERT INTO " + INDICATORS + " VALUES (?, ?, ?, ?)", indicators);
            }
        } catch (SQLException | IOException e) {
            throw new jakarta.persistence.PersistenceException("imported responses could not be stored", e);
        }
    }

    private static void insertResponses(Connection connection, List<Response> responses) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO response (id, version, reference,"
                + " wave_id, participation_id, cohort_id, respondent_id, img, first_nhs_post, indicators_recorded,"
                + " status, saved_at, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Response response : responses) {
                insert.setLong(1, response.getId());
                insert.setLong(2, FIRST_VERSION);
                insert.setString(3, response.getReference());
                insert.setLong(4, response.getWave().getId());
                setLong(
                        insert,
                        5,
                        response.getParticipation().map(Participation::getId).orElse(null));
                setLong(insert, 6, response.getCohort().map(c -> c.getId()).orElse(null));
                insert.setString(7, response.getRespondentId().orElse(null));
                setBoolean(insert, 8, response.isImg().orElse(null));
                setBoolean(insert, 9, response.isFirstNhsPost().orElse(null));
                insert.setBoolean(10, response.isIndicatorsRecorded());
                insert.setString(11, response.getStatus().name());
                insert.setObject(12, timestamp(response.getSavedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(
                        13,
                        response.getSubmittedAt()
                                .map(ImportedResponseRows::timestamp)
                                .orElse(null),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A row per answer value: the response, its position, the item and the value. */
    private static List<List<Object>> answerRows(List<Response> responses) {
        List<List<Object>> rows = new ArrayList<>();
        for (Response response : responses) {
            List<ResponseAnswer> answers = response.getAnswers();
            for (int order = 0; order < answers.size(); order++) {
                rows.add(List.of(
                        response.getId(),
                        order,
                        answers.get(order).getItemCode(),
                        answers.get(order).getAnswerValue()));
            }
        }
        return rows;
    }

    /** A row per indicator: the response, the item, the concern category and whether it is met (1 or 0). */
    private static List<List<Object>> indicatorRows(List<Response> responses) {
        List<List<Object>> rows = new ArrayList<>();
        for (Response response : responses) {
            for (ResponseIndicator indicator : response.getIndicators()) {
                rows.add(List.of(
                        response.getId(),
                        indicator.getItemCode(),
                        indicator.getCategoryCode(),
                        indicator.isMet() ? 1 : 0));
            }
        }
        return rows;
    }

    private static void insertRows(Connection connection, String sql, List<List<Object>> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    insert.setObject(i + 1, row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Apart so that the driver's classes are loaded only on PostgreSQL (an H2 domain may not have the driver). */
    private static final class PostgresCopy {

        /** The rows as PostgreSQL's CSV, every value quoted, so that free text needs no other escape. */
        static void copy(Connection connection, String sql, List<List<Object>> rows) throws SQLException, IOException {
            StringBuilder csv = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
                printer.printRecords(rows);
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(csv.toString()));
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }
}
