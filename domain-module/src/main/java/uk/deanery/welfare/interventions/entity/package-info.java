/**
 * Activities, their kinds, and each trainee's attendance, with the rules that keep them consistent; and the rows,
 * problems and report of an attendance import.
 */
package uk.deanery.welfare.interventions.entity;
