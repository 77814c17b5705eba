package uk.deanery.welfare.surveys.entity;

/** A draft may be replaced any number of times; a submitted response never changes. */
public enum ResponseStatus {
    DRAFT,
    SUBMITTED
}
