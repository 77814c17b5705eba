/** Parsing roster CSV files into rows, and writing rows to the database in one all-or-nothing transaction. */
package uk.deanery.welfare.roster.control;
