/**
 * The prevalence report: for each flag rule of an instrument, the share of respondents whose answer meets it, by
 * wave, cohort, programme, specialty, deanery and respondent, with intervals, before/after pairs, comparisons,
 * outlier flags and small-number suppression. Counts come from grouped queries over the read model that submission
 * and import keep; this package only adds the statistics and decides what may be shown.
 */
package uk.deanery.welfare.reporting.prevalence;
