package uk.deanery.welfare.reporting.export;

import java.io.ByteArrayOutputStream;

/** Remembers whether it was closed, to show the exports leave the caller's stream (a servlet response) open. */
final class TrackingOutputStream extends ByteArrayOutputStream {

    private boolean closed;

    @Override
    public void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }
}
