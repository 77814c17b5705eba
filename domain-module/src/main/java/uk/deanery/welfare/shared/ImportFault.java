package uk.deanery.welfare.shared;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of this product met while reading an import file: the file gets one problem with a reference, and the log
 * the reference, the exception types and where they were thrown, never a message (which may quote the file).
 */
public final class ImportFault {

    private static final Logger LOG = Logger.getLogger(ImportFault.class.getName());
    private static final int FRAMES_LOGGED = 8;

    private ImportFault() {}

    /** Logs the fault and returns the reason a problem gives for it. */
    public static String reason(String reader, Throwable fault) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        LOG.log(
                Level.SEVERE,
                () -> "Import file could not be read by " + reader + ", reference " + reference + ": "
                        + describe(fault));
        return "the file could not be read because of a fault in this service (reference " + reference
                + "); nothing was stored. Tell the service desk the reference";
    }

    /** Whether a problem's reason is this fault's: the file met a bug, not a rule. */
    public static boolean isFault(String reason) {
        return reason.startsWith("the file could not be read because of a fault");
    }

    private static String describe(Throwable fault) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = fault; cause != null && text.length() < 4_000; cause = cause.getCause()) {
            text.append(text.isEmpty() ? "" : " < ").append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_LOGGED, frames.length); i++) {
                text.append("\n    at ").append(frames[i]);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }
}
