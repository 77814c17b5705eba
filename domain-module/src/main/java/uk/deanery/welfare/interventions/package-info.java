/**
 * Support activities as data: the peer-led sessions, groups and webinars a deanery runs, who they are for, who runs
 * them, and who signed up and attended, so that reports can compare trainees by the support they had.
 */
package uk.deanery.welfare.interventions;
