package uk.deanery.welfare.reporting.prevalence;

/**
 * The two sides of a two-way split compared on one indicator, within one group of the report (a wave, a cohort), with
 * Fisher's exact test (two-sided) on their counts: international medical graduates against UK graduates, or those who
 * attended support against those who did not. p is null when either side is not shown.
 *
 * @param group the group both sides belong to, its value of the split null
 */
public record GroupComparison(Indicator indicator, Group group, Double pValue, boolean suppressed) {}
