package uk.deanery.welfare.concerns.control;

import java.util.Optional;
import uk.deanery.welfare.concerns.entity.ConcernLevel;
import uk.deanery.welfare.concerns.entity.ConcernStatus;

/**
 * A concern's audit entries and notes in the words its timeline shows the trainee and the people working it: "Moved
 * from Open to In progress", not {@code CHANGE_CONCERN_STATUS (OPEN -> IN_PROGRESS)}. An action this class does not
 * know is shown as recorded, so nothing is hidden.
 */
public final class TimelineWords {

    private TimelineWords() {}

    /** An audit entry: its action, and for a change the value before and after ({@code "A -> B"}). */
    public static String of(String action, Optional<String> change) {
        Optional<String[]> values = change.map(c -> c.split(" -> ", 2)).filter(v -> v.length == 2);
        return switch (action) {
            case "RAISE_CONCERN" -> "Raised";
            case "SHARE_CONCERN_WITH_SUPERVISOR" -> "Shared with the educational supervisor and the deanery, by the trainee";
            case "UNSHARE_CONCERN_FROM_SUPERVISOR" -> "Kept for the deanery's welfare team only, by the trainee";
            case "ACKNOWLEDGE_CONCERN" -> "Acknowledged";
            case "TAKE_CONCERN_OWNERSHIP" -> "Taken on by the deanery's welfare team";
            case "SAFETY_OVERRIDE" -> "Shared with a named person for safety";
            case ConcernEscalator.ACTION_ESCALATE -> values.flatMap(v -> level(v[1]))
                    .map(to -> "Escalated, not acknowledged in time: now with the " + to)
                    .orElse("Escalated, not acknowledged in time");
            case "CHANGE_CONCERN_STATUS" -> values.flatMap(
                            v -> status(v[0]).flatMap(from -> status(v[1]).map(to -> moved(from, to))))
                    .orElse("Status changed");
            default -> action + change.map(c -> " (" + c + ")").orElse("");
        };
    }

    public static String moved(ConcernStatus from, ConcernStatus to) {
        return "Moved from " + from.label() + " to " + to.label();
    }

    /** The heading of the reason someone gave for a status change. */
    public static String reasonFor(ConcernStatus to) {
        return "Reason for moving to " + to.label();
    }

    public static String note() {
        return "Note";
    }

    private static Optional<String> level(String name) {
        try {
            return Optional.of(ConcernLevel.valueOf(name).label().toLowerCase(java.util.Locale.UK));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<ConcernStatus> status(String name) {
        try {
            return Optional.of(ConcernStatus.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
