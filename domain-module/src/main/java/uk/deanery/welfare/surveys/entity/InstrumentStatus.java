package uk.deanery.welfare.surveys.entity;

/**
 * Where an instrument is in its life. Only a draft changes; a published instrument is frozen because answers and
 * waves refer to it, and a retired one is kept for the same reason but offered for no new wave.
 */
public enum InstrumentStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
