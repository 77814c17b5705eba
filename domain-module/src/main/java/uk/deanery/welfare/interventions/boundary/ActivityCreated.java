package uk.deanery.welfare.interventions.boundary;

/** Fired when an activity has been recorded; its invitations go once the transaction has committed. */
public record ActivityCreated(String reference) {}
