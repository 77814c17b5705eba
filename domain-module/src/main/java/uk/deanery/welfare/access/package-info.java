/**
 * Who is calling and what they may reach: roles from single sign-on, the person record an account is linked to,
 * and the object-level rules every service applies before it reads or changes personal data.
 */
package uk.deanery.welfare.access;
