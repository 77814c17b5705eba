/** The access rules services call before they read or change personal data, and who the caller is. */
package uk.deanery.welfare.access.boundary;
