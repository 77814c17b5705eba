package uk.deanery.welfare.reporting.prevalence;

import uk.deanery.welfare.reporting.statistics.OutlierFlag;

/**
 * One group's result for one indicator.
 *
 * @param flag against the chosen benchmark; null when the report has none
 */
public record PrevalenceCell(Group group, Indicator indicator, Figures figures, OutlierFlag flag) {}
