package uk.deanery.welfare.concerns.boundary;

import java.io.Serializable;
import java.util.List;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/**
 * The deanery's triage queue: every active concern not shared with a supervisor, raised from survey answers, held by
 * the deanery or escalated, overdue first and then by due date; with the counters at the top of the page.
 */
public record TriageQueue(List<WelfareConcern> concerns, long dueToday, long overdue, long unowned)
        implements Serializable {

    public TriageQueue {
        concerns = List.copyOf(concerns);
    }
}
