package uk.deanery.welfare.surveys.entity;

/** Why a wave is run: a trial, before the cohort starts, after rotation N, or yearly. */
public enum WaveKind {
    PILOT,
    BASELINE,
    FOLLOW_UP,
    ANNUAL
}
