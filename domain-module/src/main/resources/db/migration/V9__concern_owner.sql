-- The deanery admin who took a concern from the triage queue and works it.
ALTER TABLE welfare_concern ADD COLUMN owner_email VARCHAR(254);
