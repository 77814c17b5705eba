package uk.deanery.welfare.surveyimport.entity;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an import has got, written by the import and read by a page while it runs, from another thread. Rows are
 * counted twice over: once while checked, once while saved.
 */
public final class ImportProgress {

    public enum Phase {
        WAITING("Waiting to start"),
        READING("Reading the file"),
        CHECKING("Checking rows"),
        SAVING("Saving responses"),
        DONE("Finished");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private volatile Phase phase = Phase.WAITING;
    private volatile int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile long bytesExpected;
    private final AtomicLong bytesRead = new AtomicLong();

    /**
     * The file's size, when the caller knows it: rows are checked as the file is read, so how much of it has been
     * read is how far checking has got.
     */
    public void expectBytes(long size) {
        bytesExpected = Math.max(0, size);
    }

    /** The file's bytes, counted into this progress as they are read. */
    public InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    bytesRead.addAndGet(read);
                }
                return read;
            }
        };
    }

    /** Starts a phase of {@code rows} steps (0 when not known yet). */
    public void begin(Phase next, int rows) {
        done.set(0);
        total = Math.max(0, rows);
        phase = next;
    }

    public void advance() {
        done.incrementAndGet();
    }

    public void finish() {
        phase = Phase.DONE;
    }

    public Phase phase() {
        return phase;
    }

    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }

    /** 0 to 100 over the whole import: checking is the first half, saving the second. */
    public int percent() {
        Phase now = phase;
        int within = total > 0
                ? (int) Math.min(50, 50L * done.get() / total)
                : bytesExpected > 0 ? (int) Math.min(50, 50 * bytesRead.get() / bytesExpected) : 0;
        return switch (now) {
            case WAITING, READING -> 0;
            case CHECKING -> within;
            case SAVING -> 50 + within;
            case DONE -> 100;
        };
    }

    /** For people: the phase and, while rows are being worked through, how many. */
    public String describe() {
        Phase now = phase;
        return switch (now) {
            case CHECKING, SAVING -> total > 0
                    ? now.label() + ": " + Math.min(done.get(), total) + " of " + total
                    : now.label() + ": " + done.get();
            default -> now.label();
        };
    }
}
