/** The admins' page for importing past survey rounds from CSV. */
package uk.deanery.welfare.web.surveyimport;
