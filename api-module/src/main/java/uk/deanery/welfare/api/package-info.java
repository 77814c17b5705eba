/**
 * The JSON API under {@code /api/v1}, for BI tools and data pipelines: rosters and past survey rounds in, prevalence
 * reports out. Callers sign in with a bearer token from Keycloak (MP-JWT); the same services as the pages decide what
 * they may do, and every call is audited.
 */
package uk.deanery.welfare.api;
