package uk.deanery.welfare.shared;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the CSV structure of the text on its way to the parser, exactly as {@link Csv}'s dialect reads it, and stops
 * it with an {@link UnreadableFileException} at the first place the file is broken or too big: broken quoting, too
 * many rows or fields, or a field too long. The parser therefore never holds more than one bounded record, and every
 * failure names the row (the line its record starts on) and the field.
 */
final class CsvShape extends FilterReader {

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED,
        AFTER_QUOTED
    }

    private State state = State.FIELD_START;
    private long line = 1;
    private long recordStart = 1;
    private long quoteStart;
    private long records;
    private int field;
    private int fieldLength;
    private boolean afterCarriageReturn;
    private boolean ended;

    CsvShape(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int read;
        try {
            read = in.read(target, offset, length);
        } catch (UnreadableFileException undecodable) {
            throw undecodable.at(recordStart, field);
        }
        if (read < 0) {
            end();
            return read;
        }
        for (int i = offset; i < offset + read; i++) {
            follow(target[i]);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void follow(char c) throws UnreadableFileException {
        boolean lineBreak = c == '\r' || (c == '\n' && !afterCarriageReturn);
        boolean secondHalfOfCrLf = c == '\n' && afterCarriageReturn;
        afterCarriageReturn = c == '\r';
        switch (state) {
            case FIELD_START -> {
                if (secondHalfOfCrLf && field == 0 && fieldLength == 0) {
                    return;
                }
                if (c == '"') {
                    quoteStart = line;
                    state = State.QUOTED;
                } else if (c == ',') {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    endRecord();
                } else {
                    state = State.UNQUOTED;
                    grow();
                }
            }
            case UNQUOTED -> {
                if (c == ',') {
                    endField();
                } else if (c == '\r' || c == '\n') {
                    endRecord();
                } else {
                    grow();
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    grow();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    grow();
                } else {
                    afterQuoted(c);
                }
            }
            case AFTER_QUOTED -> afterQuoted(c);
        }
        if (lineBreak) {
            line++;
        }
    }

    private void afterQuoted(char c) throws UnreadableFileException {
        if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            endRecord();
        } else if (Character.isWhitespace(c)) {
            state = State.AFTER_QUOTED;
        } else {
            throw failure("has text after the closing quote of a quoted field (line " + line + "): put the whole"
                    + " field in quotes, and write a quote inside it as two (\"\")");
        }
    }

    private void grow() throws UnreadableFileException {
        if (++fieldLength > ImportLimits.CSV_FIELD_MAX) {
            throw failure("is longer than " + ImportLimits.CSV_FIELD_MAX + " characters, more than any column holds"
                    + (state == State.QUOTED ? " (is a closing quote missing?)" : ""));
        }
    }

    private void endField() throws UnreadableFileException {
        state = State.FIELD_START;
        fieldLength = 0;
        if (++field >= ImportLimits.CSV_COLUMNS_MAX) {
            throw failure(
                    "the row has more than " + ImportLimits.CSV_COLUMNS_MAX + " fields, more than any import has");
        }
    }

    private void endRecord() throws UnreadableFileException {
        state = State.FIELD_START;
        fieldLength = 0;
        field = 0;
        recordStart = line + 1;
        if (++records > ImportLimits.CSV_ROWS_MAX) {
            throw new UnreadableFileException(
                    line,
                    line,
                    -1,
                    "the file has more than " + ImportLimits.CSV_ROWS_MAX
                            + " rows, the most one import reads; split it into smaller files");
        }
    }

    private void end() throws UnreadableFileException {
        if (ended) {
            return;
        }
        ended = true;
        if (state == State.QUOTED) {
            throw failure("opens a quote on line " + quoteStart + " that never closes: a \" is missing");
        }
    }

    private UnreadableFileException failure(String reason) {
        return new UnreadableFileException(line, recordStart, field, reason);
    }
}
