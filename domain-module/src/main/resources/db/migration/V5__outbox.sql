-- Every email the application sends or tries to send: links and notices only, never welfare content.
CREATE TABLE outbox_message (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    failure VARCHAR(500),
    CONSTRAINT pk_outbox_message PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_created_at ON outbox_message (created_at);
