package uk.deanery.welfare.interventions.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.deanery.welfare.interventions.entity.ActivityKind;

/**
 * What an admin or a peer supporter fills in for an activity.
 *
 * @param cohorts the cohorts it is for, each as programme code and intake year
 * @param supporters the GMC numbers of the peer supporters running it
 */
public record ActivityDefinition(
        @NotNull(message = "is required") ActivityKind kind,
        String title,
        String description,
        @NotNull(message = "is required") Instant startsAt,
        @NotNull(message = "is required") Instant endsAt,
        String place,
        String link,
        Integer capacity,
        @NotEmpty(message = "choose at least one cohort the activity is for") List<CohortRef> cohorts,
        List<String> supporters) {

    public ActivityDefinition {
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
    }

    /** A cohort by its programme's code and its intake year. */
    public record CohortRef(String programme, int intakeYear) implements Serializable {}
}
