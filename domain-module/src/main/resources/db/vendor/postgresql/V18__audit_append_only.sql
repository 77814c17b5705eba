-- The audit trail is append-only in the database itself (issue 11): a row can be inserted and read, never updated or
-- deleted, and the table cannot be truncated, whoever asks. The application only ever inserts (AuditLog). Only the
-- table's owner can drop these triggers; in service the application should connect as a role that does not own the
-- schema (README, "Running it for real").

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
