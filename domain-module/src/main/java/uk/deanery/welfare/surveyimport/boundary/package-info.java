/** The entry point for admins: import a file of past survey rounds, with progress while it runs. */
package uk.deanery.welfare.surveyimport.boundary;
