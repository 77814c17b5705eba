/** What happens once when the application starts: schema migration and, on request, the demo data. */
package uk.deanery.welfare.web.startup;
