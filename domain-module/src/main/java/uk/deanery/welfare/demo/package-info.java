/** Fictional reference data and a demo roster, loaded into an empty database for demonstrations and manual testing. */
package uk.deanery.welfare.demo;
