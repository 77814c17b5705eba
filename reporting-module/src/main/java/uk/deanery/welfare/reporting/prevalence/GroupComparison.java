package uk.deanery.welfare.reporting.prevalence;

/**
 * International medical graduates compared with UK graduates on one indicator, within one group of the report (a
 * wave, a cohort), with Fisher's exact test (two-sided) on their counts; p is null when either side is not shown.
 *
 * @param group the group both sides belong to, its IMG value null
 */
public record GroupComparison(Indicator indicator, Group group, Double pValue, boolean suppressed) {}
