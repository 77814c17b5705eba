/** Welfare concerns, their categories (reference data) and the status workflow they follow. */
package uk.deanery.welfare.concerns.entity;
