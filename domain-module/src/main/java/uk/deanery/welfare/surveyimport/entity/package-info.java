/** The rows, problems and reports of a historical survey import; no persistence of their own. */
package uk.deanery.welfare.surveyimport.entity;
