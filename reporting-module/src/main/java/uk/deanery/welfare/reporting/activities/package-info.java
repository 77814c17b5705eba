/**
 * Reports on support activities: per activity and cohort, how many were invited, signed up and attended; and per
 * cohort, its survey waves and its activities on one time line, so the order of survey and support is visible.
 */
package uk.deanery.welfare.reporting.activities;
