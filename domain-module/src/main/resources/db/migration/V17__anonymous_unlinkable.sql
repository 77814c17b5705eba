-- Anonymous waves become unlinkable (issue 11). From now on a response's id is drawn at random in [2^62, 2^63)
-- (RandomKey) instead of from entity_seq, whose consecutive values paired an anonymous response with the audit entry
-- written in the same moment. This moves the responses already stored in anonymous waves onto random ids as well,
-- and keeps only the day of their participations' start and submit times, as the responses themselves always did.
-- RANDOM() is the same function on H2 and PostgreSQL; 4.0E18 keeps the sum below 2^63 after rounding.

CREATE TABLE response_rekey (
    old_id BIGINT NOT NULL,
    new_id BIGINT NOT NULL,
    CONSTRAINT pk_response_rekey PRIMARY KEY (old_id),
    CONSTRAINT uk_response_rekey_new UNIQUE (new_id)
);

INSERT INTO response_rekey (old_id, new_id)
SELECT r.id, 4611686018427387904 + CAST(RANDOM() * CAST(4.0E18 AS DOUBLE PRECISION) AS BIGINT)
FROM response r JOIN wave w ON w.id = r.wave_id
WHERE w.linked = FALSE AND w.imported = FALSE;

ALTER TABLE response_answer DROP CONSTRAINT fk_response_answer_response;
ALTER TABLE response_indicator DROP CONSTRAINT fk_response_indicator_response;

UPDATE response_answer SET response_id = (SELECT k.new_id FROM response_rekey k WHERE k.old_id = response_id)
WHERE response_id IN (SELECT old_id FROM response_rekey);
UPDATE response_indicator SET response_id = (SELECT k.new_id FROM response_rekey k WHERE k.old_id = response_id)
WHERE response_id IN (SELECT old_id FROM response_rekey);
UPDATE response SET id = (SELECT k.new_id FROM response_rekey k WHERE k.old_id = id)
WHERE id IN (SELECT old_id FROM response_rekey);

ALTER TABLE response_answer ADD CONSTRAINT fk_response_answer_response
    FOREIGN KEY (response_id) REFERENCES response (id);
ALTER TABLE response_indicator ADD CONSTRAINT fk_response_indicator_response
    FOREIGN KEY (response_id) REFERENCES response (id);

DROP TABLE response_rekey;

-- The day in the database session's time zone (UTC in service): the point is that the time of day is gone.
UPDATE participation SET
    started_at = CAST(CAST(started_at AS DATE) AS TIMESTAMP WITH TIME ZONE),
    submitted_at = CAST(CAST(submitted_at AS DATE) AS TIMESTAMP WITH TIME ZONE)
WHERE wave_id IN (SELECT id FROM wave WHERE linked = FALSE);
