-- Who may see a concern is the trainee's choice: their educational supervisor and the deanery, or only the deanery's
-- welfare team. Concerns that existed before the choice did are treated as not shared with the supervisor: nobody
-- ever agreed that they were.
ALTER TABLE welfare_concern ADD COLUMN sharing VARCHAR(30) DEFAULT 'DEANERY_ONLY' NOT NULL;
ALTER TABLE welfare_concern ADD CONSTRAINT ck_concern_sharing CHECK (sharing IN ('SUPERVISOR_AND_DEANERY', 'DEANERY_ONLY'));

-- Concerns about the relationship with the supervisor are never shown to the supervisor, whatever is chosen.
ALTER TABLE concern_category ADD COLUMN about_supervisor BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE concern_category SET about_supervisor = TRUE WHERE code IN ('SUPERVISOR_ACCESS', 'DISCRIMINATION_BULLYING');
