/**
 * Outgoing email: every message is kept in an outbox (what was sent, to whom, when, or why it failed) and sent
 * through the SMTP server the deanery configures. Messages carry links, never welfare answers or concerns.
 */
package uk.deanery.welfare.platform.mail;
