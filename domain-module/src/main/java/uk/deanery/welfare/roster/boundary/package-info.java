/** Importing a programme roster exported from TIS (or typed up by a deanery) as CSV. */
package uk.deanery.welfare.roster.boundary;
