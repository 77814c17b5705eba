-- Survey waves: an instrument put to cohorts between two dates, the trainees invited, and their responses.
-- Runs unchanged on H2 2.2 and PostgreSQL 15; ids come from entity_seq.

CREATE TABLE wave (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    reference VARCHAR(36) NOT NULL,
    title VARCHAR(200) NOT NULL,
    instrument_id BIGINT NOT NULL,
    wave_kind VARCHAR(20) NOT NULL,
    follow_up_rotation INTEGER,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    linked BOOLEAN NOT NULL,
    closed_early BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_wave PRIMARY KEY (id),
    CONSTRAINT uk_wave_reference UNIQUE (reference),
    CONSTRAINT fk_wave_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT ck_wave_kind CHECK (wave_kind IN ('PILOT', 'BASELINE', 'FOLLOW_UP', 'ANNUAL')),
    CONSTRAINT ck_wave_follow_up_rotation CHECK (
        (wave_kind = 'FOLLOW_UP' AND follow_up_rotation IS NOT NULL AND follow_up_rotation >= 1)
        OR (wave_kind <> 'FOLLOW_UP' AND follow_up_rotation IS NULL)),
    CONSTRAINT ck_wave_dates CHECK (closes_on >= opens_on)
);
CREATE INDEX ix_wave_instrument ON wave (instrument_id);
CREATE INDEX ix_wave_dates ON wave (opens_on, closes_on);

CREATE TABLE wave_cohort (
    wave_id BIGINT NOT NULL,
    cohort_id BIGINT NOT NULL,
    CONSTRAINT pk_wave_cohort PRIMARY KEY (wave_id, cohort_id),
    CONSTRAINT fk_wave_cohort_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
    CONSTRAINT fk_wave_cohort_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX ix_wave_cohort_cohort ON wave_cohort (cohort_id);

-- One row per invited trainee. The unique pair is what keeps a trainee to one response per wave, also in an
-- anonymous wave, whose responses carry no participation.
CREATE TABLE participation (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    wave_id BIGINT NOT NULL,
    trainee_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    invited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE,
    submitted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_participation PRIMARY KEY (id),
    CONSTRAINT uk_participation_wave_trainee UNIQUE (wave_id, trainee_id),
    CONSTRAINT fk_participation_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
    CONSTRAINT fk_participation_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT ck_participation_status CHECK (status IN ('INVITED', 'STARTED', 'SUBMITTED')),
    CONSTRAINT ck_participation_submitted CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX ix_participation_trainee ON participation (trainee_id);

-- participation_id is NULL for an anonymous wave. A UNIQUE constraint admits any number of NULLs on both H2 and
-- PostgreSQL, so it still allows one response per participation in linked waves.
CREATE TABLE response (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    reference VARCHAR(36) NOT NULL,
    wave_id BIGINT NOT NULL,
    participation_id BIGINT,
    status VARCHAR(20) NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_response PRIMARY KEY (id),
    CONSTRAINT uk_response_reference UNIQUE (reference),
    CONSTRAINT uk_response_participation UNIQUE (participation_id),
    CONSTRAINT fk_response_wave FOREIGN KEY (wave_id) REFERENCES wave (id),
    CONSTRAINT fk_response_participation FOREIGN KEY (participation_id) REFERENCES participation (id),
    CONSTRAINT ck_response_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT ck_response_submitted CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
    CONSTRAINT ck_response_anonymous_draft CHECK (participation_id IS NOT NULL OR status = 'SUBMITTED')
);
CREATE INDEX ix_response_wave ON response (wave_id);

-- One row per value: a multiple-choice answer has several rows for the same item.
CREATE TABLE response_answer (
    response_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    answer_value VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_response_answer PRIMARY KEY (response_id, sort_order),
    CONSTRAINT fk_response_answer_response FOREIGN KEY (response_id) REFERENCES response (id)
);

-- Concerns raised by survey answers point at the wave and item. The concerns entity does not map these columns
-- yet; the survey service fills them in the same transaction that raises the concern.
ALTER TABLE welfare_concern ADD COLUMN wave_id BIGINT;
ALTER TABLE welfare_concern ADD COLUMN item_code VARCHAR(40);
ALTER TABLE welfare_concern ADD CONSTRAINT fk_concern_wave FOREIGN KEY (wave_id) REFERENCES wave (id);
ALTER TABLE welfare_concern ADD CONSTRAINT ck_concern_survey_origin CHECK (
    (wave_id IS NULL AND item_code IS NULL) OR (wave_id IS NOT NULL AND item_code IS NOT NULL));
CREATE INDEX ix_concern_wave ON welfare_concern (wave_id);
