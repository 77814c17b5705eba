/** Creating and finding the programme structure that trainees are enrolled into. */
package uk.deanery.welfare.programmes.boundary;
