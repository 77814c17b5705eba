/** Registering supervisors, assigning them to trainees, and answering who supervises whom on a given day. */
package uk.deanery.welfare.supervision.boundary;
