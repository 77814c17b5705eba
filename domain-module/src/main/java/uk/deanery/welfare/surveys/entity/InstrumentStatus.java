package uk.deanery.welfare.surveys.entity;

/**
 * Where an instrument is in its life. Only a draft changes; a published instrument is frozen because answers and
 * waves refer to it, and a retired one is kept for the same reason but offered for no new wave.
 */
public enum InstrumentStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    RETIRED("Retired");

    private final String label;

    InstrumentStatus(String label) {
        this.label = label;
    }

    /** The status in words, as pages show it. */
    public String label() {
        return label;
    }
}
