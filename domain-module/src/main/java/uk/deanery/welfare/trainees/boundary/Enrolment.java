package uk.deanery.welfare.trainees.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.deanery.welfare.programmes.entity.Cohort;
import uk.deanery.welfare.shared.DateRange;
import uk.deanery.welfare.trainees.entity.ProgrammeMembership;

/** Places a registered trainee in the intake cohort of a programme. An absent end date means open-ended. */
public record Enrolment(
        @NotBlank(message = "is required") @Pattern(regexp = "\\s*\\d{7}\\s*", message = "must be exactly 7 digits")
                String gmcNumber,
        @NotBlank(message = "is required") String programmeCode,
        @Min(value = Cohort.FIRST_YEAR, message = "must be {value} or later")
                @Max(value = Cohort.LAST_YEAR, message = "must be {value} or earlier")
                int intakeYear,
        @NotBlank(message = "is required")
                @Size(max = ProgrammeMembership.GRADE_MAX, message = "must be at most {max} characters")
                String grade,
        @NotNull(message = "is required") LocalDate startDate,
        LocalDate endDate) {

    @AssertTrue(message = "end date must not be before the start date")
    public boolean isPeriodInOrder() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public DateRange period() {
        return new DateRange(startDate, endDate);
    }
}
