-- Who holds a concern and by when they must acknowledge it. A concern is held by the trainee's educational supervisor,
-- the director of their programme or the deanery's welfare team; a missed acknowledgement moves it one level up.
ALTER TABLE welfare_concern ADD COLUMN holder VARCHAR(30) DEFAULT 'DEANERY' NOT NULL;
ALTER TABLE welfare_concern ADD CONSTRAINT ck_concern_holder CHECK (holder IN ('SUPERVISOR', 'PROGRAMME_DIRECTOR', 'DEANERY'));
-- The named person at the supervisor and programme director levels; the deanery level is the welfare team.
ALTER TABLE welfare_concern ADD COLUMN holder_email VARCHAR(254);
ALTER TABLE welfare_concern ADD COLUMN acknowledge_by TIMESTAMP WITH TIME ZONE;
ALTER TABLE welfare_concern ADD COLUMN acknowledged_at TIMESTAMP WITH TIME ZONE;
-- Once the programme director has held a concern, they keep sight of it.
ALTER TABLE welfare_concern ADD COLUMN director_involved BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_concern_acknowledge_by ON welfare_concern (acknowledge_by);

ALTER TABLE welfare_concern DROP CONSTRAINT ck_concern_status;
ALTER TABLE welfare_concern ADD CONSTRAINT ck_concern_status
    CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'));

-- Working days to acknowledge, per category.
ALTER TABLE concern_category ADD COLUMN acknowledge_working_days INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE concern_category ADD CONSTRAINT ck_category_acknowledge CHECK (acknowledge_working_days BETWEEN 1 AND 30);

-- Each level a concern moved to, once: levels only go up, so the unique key makes a second escalation of the same
-- concern to the same level impossible, whichever server instance (or second firing of the check) tries it.
CREATE TABLE concern_escalation (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    concern_id BIGINT NOT NULL,
    from_level VARCHAR(30),
    to_level VARCHAR(30) NOT NULL,
    reason VARCHAR(30) NOT NULL,
    escalated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_concern_escalation PRIMARY KEY (id),
    CONSTRAINT uk_escalation_concern_level UNIQUE (concern_id, to_level),
    CONSTRAINT fk_escalation_concern FOREIGN KEY (concern_id) REFERENCES welfare_concern (id),
    CONSTRAINT ck_escalation_to CHECK (to_level IN ('SUPERVISOR', 'PROGRAMME_DIRECTOR', 'DEANERY')),
    CONSTRAINT ck_escalation_reason CHECK (reason IN ('ROUTED', 'DEADLINE_MISSED'))
);
