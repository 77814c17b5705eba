package uk.deanery.welfare.benchmarks.national;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;

/**
 * Rows for one table, spooled to a file in PostgreSQL's {@code COPY} text format and loaded later by one
 * {@code COPY ... FROM STDIN}: a connection runs one {@code COPY} at a time, and the generator writes many tables
 * at once (a response, its answers and its indicators together). Values are written with the escapes the text format
 * needs (backslash, tab, new lines); null is {@code \N}.
 */
final class Copy implements AutoCloseable {

    private final String table;
    private final String sql;
    private final Path file;
    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);
    private boolean rowStarted;
    private long rows;
    private boolean closed;

    private Copy(String table, String sql, Path file) throws IOException {
        this.table = table;
        this.sql = sql;
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Spools rows for {@code COPY table (columns) FROM STDIN}; the columns are the table's own, comma-separated. */
    static Copy into(Path directory, String table, String columns) {
        try {
            return new Copy(
                    table,
                    "COPY " + table + " (" + columns + ") FROM STDIN",
                    Files.createTempFile(directory, table + "-", ".copy"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Copy value(Object value) {
        if (rowStarted) {
            row.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            row.append("\\N");
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number) {
            row.append(value);
        } else if (value instanceof Boolean bool) {
            row.append(bool ? 't' : 'f');
        } else {
            escaped(value.toString());
        }
        return this;
    }

    Copy values(Object... values) {
        for (Object value : values) {
            value(value);
        }
        return this;
    }

    /** Ends the row. */
    void row() {
        row.append('\n');
        rowStarted = false;
        rows++;
        try {
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.setLength(0);
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    /** Deletes the file if it is still there (after a failure). */
    void discard() {
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless.
        }
    }

    private void escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }

    /** Ends the file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the spooled rows in the connection's transaction and deletes the file; returns how many. */
    long load(Connection connection) throws SQLException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in, 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is harmless; the load's own outcome matters.
            }
        }
    }
}
