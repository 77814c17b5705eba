package uk.deanery.welfare.supervision.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.deanery.welfare.supervision.entity.EducationalSupervisor;

/** A consultant who can be assigned as educational supervisor. */
public record SupervisorRegistration(
        @NotBlank(message = "is required") @Pattern(regexp = "\\s*\\d{7}\\s*", message = "must be exactly 7 digits")
                String gmcNumber,
        @NotBlank(message = "is required")
                @Size(max = EducationalSupervisor.NAME_MAX, message = "must be at most {max} characters")
                String forenames,
        @NotBlank(message = "is required")
                @Size(max = EducationalSupervisor.NAME_MAX, message = "must be at most {max} characters")
                String surname,
        @NotBlank(message = "is required")
                @Email(message = "must be an email address")
                @Size(max = EducationalSupervisor.EMAIL_MAX, message = "must be at most {max} characters")
                String email) {}
