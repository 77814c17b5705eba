package uk.deanery.welfare.trainees.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.deanery.welfare.trainees.entity.Trainee;

/** What the deanery knows about a trainee before the first programme starts. */
public record TraineeRegistration(
        @NotBlank(message = "is required") @Pattern(regexp = "\\s*\\d{7}\\s*", message = "must be exactly 7 digits")
                String gmcNumber,
        @NotBlank(message = "is required") @Size(max = Trainee.NAME_MAX, message = "must be at most {max} characters")
                String forenames,
        @NotBlank(message = "is required") @Size(max = Trainee.NAME_MAX, message = "must be at most {max} characters")
                String surname,
        @NotBlank(message = "is required")
                @Email(message = "must be an email address")
                @Size(max = Trainee.EMAIL_MAX, message = "must be at most {max} characters")
                String email,
        @NotBlank(message = "is required")
                @Size(max = Trainee.COUNTRY_MAX, message = "must be at most {max} characters")
                String pmqCountry,
        boolean firstNhsPost) {}
