package uk.deanery.welfare.surveys.entity;

/** How far an invited trainee has got with a wave; only ever moves forward. */
public enum ParticipationStatus {
    INVITED,
    STARTED,
    SUBMITTED
}
