/** Doctors in training and what they hold: programme memberships (cohort, grade) and placements at sites. */
package uk.deanery.welfare.trainees.entity;
