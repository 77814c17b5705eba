/**
 * Single sign-on over OpenID Connect (Jakarta Security 3.0 against the deanery's Keycloak), the sign-in gateway
 * that notices when Keycloak is down, logout, and the HTTP headers every response carries.
 */
package uk.deanery.welfare.web.security;
