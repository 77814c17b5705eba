-- The reports' read model, kept by submission and import in the same transaction: per submitted response, one row
-- per answered item and concern category its flag rules point to, met or not (the rule that raises concerns,
-- evaluated once in Java); and on the response whether the respondent is an IMG and in their first NHS post. Reports
-- are grouped SQL over these rows. Responses stored before this migration start with indicators_recorded false and
-- are filled by the application's start-up pass (the rules live in Java, not in SQL).

CREATE TABLE response_indicator (
    response_id BIGINT NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    met SMALLINT NOT NULL,
    CONSTRAINT ck_response_indicator_met CHECK (met IN (0, 1)),
    CONSTRAINT pk_response_indicator PRIMARY KEY (response_id, item_code, category_code),
    CONSTRAINT fk_response_indicator_response FOREIGN KEY (response_id) REFERENCES response (id)
);
CREATE INDEX ix_response_indicator_category ON response_indicator (category_code, item_code);

ALTER TABLE response ADD COLUMN img BOOLEAN;
ALTER TABLE response ADD COLUMN first_nhs_post BOOLEAN;
ALTER TABLE response ADD COLUMN indicators_recorded BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_response_unrecorded ON response (indicators_recorded);
