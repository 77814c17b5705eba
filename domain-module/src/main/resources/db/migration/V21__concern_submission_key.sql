-- A form sent twice (a double click on "Raise concern", a resent request) raises one concern (issue 11): the page's
-- form carries a random key, kept with the concern it raised. NULL for concerns raised otherwise; a UNIQUE
-- constraint admits any number of NULLs on both H2 and PostgreSQL.
ALTER TABLE welfare_concern ADD COLUMN submission_key VARCHAR(36);
ALTER TABLE welfare_concern ADD CONSTRAINT uk_concern_submission UNIQUE (trainee_id, submission_key);
