package uk.deanery.welfare.programmes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A training programme director's appointment as an admin records it: who, to which programme, and from which day
 * (open-ended until an admin ends it).
 */
public record DirectorAppointment(
        @NotBlank String forenames,
        @NotBlank String surname,
        @NotBlank String email,
        @NotBlank String programmeCode,
        @NotNull LocalDate from) {}
