/** The right of access in the browser: the trainee's own download and an admin's for a request made by post. */
package uk.deanery.welfare.web.subjectaccess;
