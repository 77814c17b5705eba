package uk.deanery.welfare.surveys.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.programmes.entity.Programme;
import uk.deanery.welfare.surveys.entity.Instrument;
import uk.deanery.welfare.surveys.entity.Wave;
import uk.deanery.welfare.surveys.entity.WaveKind;

/** A wave as an admin opens it. {@code linked} false makes it anonymous. */
public record WaveDefinition(
        @NotBlank(message = "is required") @Size(max = Wave.TITLE_MAX, message = "must be at most {max} characters")
                String title,
        @NotBlank(message = "is required")
                @Size(max = Instrument.CODE_MAX, message = "must be at most {max} characters")
                String instrumentCode,
        @Min(value = 1, message = "must be at least {value}")
                @Max(value = Instrument.VERSION_MAX, message = "must be at most {value}")
                int instrumentVersion,
        @NotEmpty(message = "at least one cohort is required")
                List<@NotNull(message = "is required") @Valid CohortRef> cohorts,
        @NotNull(message = "is required") WaveKind kind,
        @Min(value = 1, message = "must be at least {value}") Integer followUpRotation,
        @NotNull(message = "is required") LocalDate opensOn,
        @NotNull(message = "is required") LocalDate closesOn,
        boolean linked) {

    /** A cohort by programme code and intake year, as admins name it. */
    public record CohortRef(
            @NotBlank(message = "is required")
                    @Size(max = Programme.CODE_MAX, message = "must be at most {max} characters")
                    String programmeCode,
            @Min(value = Cohort.FIRST_YEAR, message = "must be {value} or later")
                    @Max(value = Cohort.LAST_YEAR, message = "must be {value} or earlier")
                    int intakeYear) {

        @Override
        public String toString() {
            return programmeCode + " " + intakeYear;
        }
    }

    @AssertTrue(message = "the closing date must not be before the opening date")
    public boolean isDatesInOrder() {
        return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
    }

    @AssertTrue(message = "a follow-up wave needs the rotation it follows, and only a follow-up wave has one")
    public boolean isRotationOnlyForFollowUp() {
        return kind == null || (kind == WaveKind.FOLLOW_UP) == (followUpRotation != null);
    }
}
