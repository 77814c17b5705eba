-- Notes and status changes by the people working a concern. The text is part of the case file (never audited, never
-- logged, never emailed); a note the deanery marks internal is not shown to the trainee.
CREATE TABLE concern_note (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    concern_id BIGINT NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    author VARCHAR(254) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    from_status VARCHAR(20),
    to_status VARCHAR(20),
    text VARCHAR(4000) NOT NULL,
    internal BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_concern_note PRIMARY KEY (id),
    CONSTRAINT fk_note_concern FOREIGN KEY (concern_id) REFERENCES welfare_concern (id),
    CONSTRAINT ck_note_kind CHECK (kind IN ('NOTE', 'STATUS')),
    CONSTRAINT ck_note_status CHECK ((kind = 'STATUS') = (to_status IS NOT NULL))
);
CREATE INDEX ix_note_concern ON concern_note (concern_id);
