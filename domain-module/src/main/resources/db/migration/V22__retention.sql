-- Retention (issue 11). A concern records when it was closed, from which its retention period runs, and when the
-- policy removed what was written in it. Concerns closed before this migration take the time of their closing note
-- (closing always asks for a reason, which is such a note).
ALTER TABLE welfare_concern ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE welfare_concern ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
UPDATE welfare_concern SET closed_at = (
    SELECT MAX(n.written_at) FROM concern_note n WHERE n.concern_id = welfare_concern.id AND n.to_status = 'CLOSED')
WHERE status = 'CLOSED';
UPDATE welfare_concern SET closed_at = raised_at WHERE status = 'CLOSED' AND closed_at IS NULL;
CREATE INDEX ix_concern_closed_at ON welfare_concern (closed_at);
