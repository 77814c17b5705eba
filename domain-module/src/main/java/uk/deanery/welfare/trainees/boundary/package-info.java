/** Registering trainees, enrolling them into cohorts and placing them at sites. */
package uk.deanery.welfare.trainees.boundary;
