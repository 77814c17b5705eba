package uk.deanery.welfare.interventions.boundary;

import java.util.List;
import uk.deanery.welfare.interventions.entity.SupportActivity;

/** An activity with its tick list, as its manager sees it. */
public record ActivitySheet(SupportActivity activity, List<AttendanceLine> lines) {

    public ActivitySheet {
        lines = List.copyOf(lines);
    }
}
