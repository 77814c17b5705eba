package uk.deanery.welfare.reporting.prevalence;

import java.time.LocalDate;

/**
 * A wave a report covers.
 *
 * @param kind PILOT, BASELINE, FOLLOW_UP or ANNUAL
 * @param kindLabel the kind in words
 * @param rotation for a follow-up, the rotation it follows; else null
 * @param importKey for an imported round, its key; else null
 */
public record WaveSummary(
        String ref,
        String title,
        String kind,
        String kindLabel,
        Integer rotation,
        LocalDate opensOn,
        String importKey) {}
