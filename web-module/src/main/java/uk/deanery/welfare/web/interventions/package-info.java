/**
 * The support activity pages: admins and peer supporters manage activities and tick attendance; trainees sign up for
 * the activities of their cohorts and see their own attendance.
 */
package uk.deanery.welfare.web.interventions;
