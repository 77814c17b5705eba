-- The audit trail is append-only on PostgreSQL, where triggers refuse UPDATE, DELETE and TRUNCATE (issue 11). H2, the
-- embedded database of the demo and the default tests, can only run triggers written as Java classes on its own
-- class path, which the server's H2 does not share with the application; on H2 the trail is append-only by the
-- application alone (AuditLog only inserts). This is a documented limit (README, "Privacy and security"): H2 is not
-- for service. The version number is kept here so that both databases have the same history.
SELECT 1;
