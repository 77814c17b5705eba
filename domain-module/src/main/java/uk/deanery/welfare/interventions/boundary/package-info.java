/** The services for support activities: creating and running them, signing up, and recording attendance. */
package uk.deanery.welfare.interventions.boundary;
