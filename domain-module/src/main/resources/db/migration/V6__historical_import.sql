-- Past survey rounds imported from CSV. An imported wave is never open: it records a round that happened elsewhere,
-- found again on re-import by its import key (instrument, version, kind, rotation, date). Its responses belong either
-- to a participation (the respondent's GMC number matched a trainee) or to a pseudonymous respondent id, which links
-- the same respondent's responses across waves without naming them.
ALTER TABLE wave ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE wave ADD COLUMN import_key VARCHAR(120);
ALTER TABLE wave ADD CONSTRAINT uk_wave_import_key UNIQUE (import_key);
ALTER TABLE wave ADD CONSTRAINT ck_wave_import_key CHECK ((imported = TRUE) = (import_key IS NOT NULL));

ALTER TABLE response ADD COLUMN respondent_id VARCHAR(40);
-- Any number of NULLs are allowed on both H2 and PostgreSQL: the pair is unique only for pseudonymous responses.
ALTER TABLE response ADD CONSTRAINT uk_response_wave_respondent UNIQUE (wave_id, respondent_id);
ALTER TABLE response ADD CONSTRAINT ck_response_one_respondent CHECK (
    respondent_id IS NULL OR (participation_id IS NULL AND status = 'SUBMITTED'));
CREATE INDEX ix_response_respondent ON response (respondent_id);
