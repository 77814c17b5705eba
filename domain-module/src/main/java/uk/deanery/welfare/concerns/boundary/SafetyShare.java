package uk.deanery.welfare.concerns.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.deanery.welfare.concerns.entity.SafetyOverride;

/** A safety override as a programme director or admin asks for it: with whom (their email), and why. */
public record SafetyShare(
        @NotBlank(message = "is required")
                @Email(message = "must be an email address")
                @Size(max = SafetyOverride.EMAIL_MAX, message = "must be at most {max} characters")
                String email,
        @NotBlank(message = "is required: say what the risk is")
                @Size(max = SafetyOverride.REASON_MAX, message = "must be at most {max} characters")
                String reason) {

    // The reason may describe the trainee's health: keep it out of logs and exception messages.
    @Override
    public String toString() {
        return "SafetyShare[email=" + email + "]";
    }
}
