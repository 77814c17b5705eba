package uk.deanery.welfare.shared;

import java.io.IOException;

/**
 * An import file that cannot be read on: bytes that are not text in the chosen encoding, broken CSV quoting, or a
 * limit passed. It says where, so that the reader can report a row and column, and why, in words an admin can act
 * on; it never holds the file's text.
 */
public class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long row;
    private final int field;

    /**
     * @param line the line of the file where reading stopped, from 1
     * @param row the line the record being read starts on (the row a problem names), from 1
     * @param field the record's field being read, from 0, or -1 when not known (JSON, or outside any record)
     */
    public UnreadableFileException(long line, long row, int field, String reason) {
        super(reason);
        this.line = line;
        this.row = row;
        this.field = field;
    }

    public long line() {
        return line;
    }

    public long row() {
        return row;
    }

    public int field() {
        return field;
    }

    /** The same place, from a layer that knows the record and field it is in. */
    public UnreadableFileException at(long recordRow, int recordField) {
        return new UnreadableFileException(line, recordRow, recordField, getMessage());
    }

    /** The first cause of this type in a chain, as Commons CSV wraps what its reader throws. */
    public static java.util.Optional<UnreadableFileException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableFileException unreadable) {
                return java.util.Optional.of(unreadable);
            }
        }
        return java.util.Optional.empty();
    }
}
