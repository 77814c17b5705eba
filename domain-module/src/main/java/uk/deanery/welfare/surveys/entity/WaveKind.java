package uk.deanery.welfare.surveys.entity;

/** Why a wave is run: a trial, before the cohort starts, after rotation N, or yearly. */
public enum WaveKind {
    PILOT("Pilot"),
    BASELINE("Baseline, before starting"),
    FOLLOW_UP("Follow-up, after a rotation"),
    ANNUAL("Annual");

    private final String label;

    WaveKind(String label) {
        this.label = label;
    }

    /** The kind in words, as pages and reports show it. */
    public String label() {
        return label;
    }
}
