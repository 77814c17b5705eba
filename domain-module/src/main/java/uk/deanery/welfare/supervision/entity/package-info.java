/** Educational supervisors and the periods for which each supervises a trainee (never two at once). */
package uk.deanery.welfare.supervision.entity;
