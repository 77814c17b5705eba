/**
 * Survey pages: a trainee answering a wave, and the admins building instruments, opening waves and watching response
 * rates.
 */
package uk.deanery.welfare.web.surveys;
