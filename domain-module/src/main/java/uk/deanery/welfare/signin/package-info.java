/**
 * Sign-in links: which single sign-on account (Keycloak's subject) may act as which email address, the key of the
 * person records. The first verified sign-in with an address links it to its account; from then on only that account
 * signs in as that address, so an email changed in Keycloak can never move a sign-in onto another person's record.
 */
package uk.deanery.welfare.signin;
