/**
 * Plain-Java statistics for the reports: proportions with their Wilson intervals, exact tests for before/after and
 * group-against-group comparisons, and the rule that flags a group as higher or lower than its benchmark. No database,
 * no container: every class here is a calculation on counts.
 */
package uk.deanery.welfare.reporting.statistics;
