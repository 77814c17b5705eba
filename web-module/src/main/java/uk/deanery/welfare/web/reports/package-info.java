/**
 * The reports page: prevalence of each challenge by wave, cohort or programme, as a chart with the same numbers in a
 * table, the study's before-and-after view, and the same tables as CSV, XLSX and PDF downloads.
 */
package uk.deanery.welfare.web.reports;
