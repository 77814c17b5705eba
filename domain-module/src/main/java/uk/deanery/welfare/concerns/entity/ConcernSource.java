package uk.deanery.welfare.concerns.entity;

/** How a concern reached the deanery. */
public enum ConcernSource {
    /** Raised by the trainee. */
    SELF,
    /** Flagged by a rule on survey answers. */
    SURVEY
}
