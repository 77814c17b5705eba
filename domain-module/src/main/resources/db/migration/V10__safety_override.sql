-- A safety override: a programme director or deanery admin shares a concern with a named person, whatever the trainee
-- chose, because of a risk to the trainee, patients or the public. The reason is kept here, for the trainee and the
-- deanery to read; the audit trail records that it happened, never the reason.
CREATE TABLE concern_override (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    concern_id BIGINT NOT NULL,
    shared_with VARCHAR(254) NOT NULL,
    granted_by VARCHAR(254) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_concern_override PRIMARY KEY (id),
    CONSTRAINT uk_override_concern_person UNIQUE (concern_id, shared_with),
    CONSTRAINT fk_override_concern FOREIGN KEY (concern_id) REFERENCES welfare_concern (id)
);
