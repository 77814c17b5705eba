/** The start page: who is signed in, and the landing page for each role. */
package uk.deanery.welfare.web.home;
