/** The database underneath every component: schema migrations run at startup. */
package uk.deanery.welfare.platform.persistence;
