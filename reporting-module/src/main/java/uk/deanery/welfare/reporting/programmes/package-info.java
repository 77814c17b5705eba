/** The overview of programmes and their cohorts, with how many trainees (and IMGs) each holds. */
package uk.deanery.welfare.reporting.programmes;
