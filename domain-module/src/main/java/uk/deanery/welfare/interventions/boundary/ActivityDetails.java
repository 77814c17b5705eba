package uk.deanery.welfare.interventions.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** What may change about an activity once it is recorded: its words, its time, its place and its number of places. */
public record ActivityDetails(
        String title,
        String description,
        @NotNull(message = "is required") Instant startsAt,
        @NotNull(message = "is required") Instant endsAt,
        String place,
        String link,
        Integer capacity) {}
