-- Every participation and response records the cohort (programme and intake year) it was given in, so a round that
-- covered several cohorts or programmes can be reported by each, imported rounds included. Pseudonymous respondent
-- ids are scoped to the programme (id "17" in IMT and "17" in GP are two people) and take what pseudonymisation tools
-- produce: up to 128 characters (an HMAC-SHA256 in hex is 64, in base64url 43).

ALTER TABLE participation ADD COLUMN cohort_id BIGINT;
ALTER TABLE participation ADD CONSTRAINT fk_participation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);
-- Earlier participations: the trainee's cohort among the wave's (the lowest id if, oddly, they were in two).
UPDATE participation SET cohort_id = (
    SELECT MIN(m.cohort_id) FROM programme_membership m, wave_cohort wc
    WHERE m.trainee_id = participation.trainee_id AND wc.cohort_id = m.cohort_id
      AND wc.wave_id = participation.wave_id);
CREATE INDEX ix_participation_cohort ON participation (cohort_id);

ALTER TABLE response ADD COLUMN cohort_id BIGINT;
ALTER TABLE response ADD CONSTRAINT fk_response_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);
UPDATE response SET cohort_id = (
    SELECT p.cohort_id FROM participation p WHERE p.id = response.participation_id)
WHERE participation_id IS NOT NULL;
-- Earlier responses without a participation (anonymous, or pseudonymous imported): the wave's cohort when it had
-- exactly one. Those of a wave of several cohorts cannot be told apart and stay without one ("not recorded").
UPDATE response SET cohort_id = (
    SELECT MIN(wc.cohort_id) FROM wave_cohort wc WHERE wc.wave_id = response.wave_id)
WHERE cohort_id IS NULL
  AND (SELECT COUNT(*) FROM wave_cohort wc WHERE wc.wave_id = response.wave_id) = 1;
CREATE INDEX ix_response_cohort ON response (cohort_id);

ALTER TABLE response ALTER COLUMN respondent_id SET DATA TYPE VARCHAR(128);
ALTER TABLE response DROP CONSTRAINT uk_response_wave_respondent;
ALTER TABLE response ADD CONSTRAINT uk_response_wave_cohort_respondent UNIQUE (wave_id, cohort_id, respondent_id);
