package uk.deanery.welfare.concerns.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.deanery.welfare.concerns.entity.ConcernCategory;
import uk.deanery.welfare.concerns.entity.ConcernSharing;
import uk.deanery.welfare.concerns.entity.WelfareConcern;

/** A concern as a trainee raises it. */
public record ConcernSubmission(
        @NotBlank(message = "is required") @Pattern(regexp = "\\s*\\d{7}\\s*", message = "must be exactly 7 digits")
                String traineeGmcNumber,
        @NotBlank(message = "is required")
                @Size(max = ConcernCategory.CODE_MAX, message = "must be at most {max} characters")
                String categoryCode,
        @NotBlank(message = "is required")
                @Size(max = WelfareConcern.DESCRIPTION_MAX, message = "must be at most {max} characters")
                String description,
        @NotNull(message = "is required: choose who may see the concern") ConcernSharing sharing,
        @Size(max = WelfareConcern.SUBMISSION_KEY_MAX, message = "must be at most {max} characters")
                String submissionKey) {

    /** A concern raised without a form key (the service, an import, a test): each call raises one. */
    public ConcernSubmission(String traineeGmcNumber, String categoryCode, String description, ConcernSharing sharing) {
        this(traineeGmcNumber, categoryCode, description, sharing, null);
    }

    // The description may hold health information: keep it out of logs and exception messages.
    @Override
    public String toString() {
        return "ConcernSubmission[traineeGmcNumber=" + traineeGmcNumber + ", categoryCode=" + categoryCode
                + ", sharing=" + sharing + "]";
    }
}
