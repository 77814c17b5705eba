/** Reading an import file against an instrument, and writing its rows in one transaction. */
package uk.deanery.welfare.surveyimport.control;
