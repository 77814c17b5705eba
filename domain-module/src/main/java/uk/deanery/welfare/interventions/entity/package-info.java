/** Activities, their kinds, and each trainee's attendance, with the rules that keep them consistent. */
package uk.deanery.welfare.interventions.entity;
