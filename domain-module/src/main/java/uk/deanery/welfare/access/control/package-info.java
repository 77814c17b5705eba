/** How the current caller is determined. */
package uk.deanery.welfare.access.control;
