-- For a change, the value before and after ("DEANERY_ONLY -> SUPERVISOR_AND_DEANERY", "OPEN -> RESOLVED"): states and
-- levels only, never a concern's description, a note or an answer.
ALTER TABLE audit_entry ADD COLUMN change_detail VARCHAR(200);
