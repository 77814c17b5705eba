package uk.deanery.welfare.surveys.boundary;

import java.io.Serializable;

/**
 * How one cohort of a wave is answering. {@code started} counts everyone who has begun, those who went on to submit
 * included, so invited >= started >= submitted. A trainee in two cohorts of the wave counts in both.
 */
public record ResponseRate(String programmeCode, int intakeYear, long invited, long started, long submitted)
        implements Serializable {

    /** Submitted as a share of invited, 0 to 100; 0 for a cohort with nobody invited. */
    public double submittedPercent() {
        return invited == 0 ? 0 : 100.0 * submitted / invited;
    }
}
