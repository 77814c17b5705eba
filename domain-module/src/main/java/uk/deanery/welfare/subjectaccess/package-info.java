/**
 * The trainee's right of access (UK GDPR article 15): everything the product holds about one trainee, gathered with
 * the same access rules as every page, as a JSON file and a readable PDF. The trainee downloads their own; an admin
 * produces the same for a request received by post. Each export is audited.
 */
package uk.deanery.welfare.subjectaccess;
