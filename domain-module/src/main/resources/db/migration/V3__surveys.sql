-- Survey instruments: versioned questionnaires, their sections and items, the options of choice items and the rules
-- that map answers to concern categories. Runs unchanged on H2 2.2 and PostgreSQL 15; ids come from entity_seq.

CREATE TABLE instrument (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    code VARCHAR(40) NOT NULL,
    instrument_version INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    introduction VARCHAR(4000),
    status VARCHAR(20) NOT NULL,
    CONSTRAINT pk_instrument PRIMARY KEY (id),
    CONSTRAINT uk_instrument_code_version UNIQUE (code, instrument_version),
    CONSTRAINT ck_instrument_version CHECK (instrument_version BETWEEN 1 AND 9999),
    CONSTRAINT ck_instrument_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
);

CREATE TABLE instrument_section (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    instrument_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    sort_order INTEGER NOT NULL,
    CONSTRAINT pk_instrument_section PRIMARY KEY (id),
    CONSTRAINT uk_section_instrument_title UNIQUE (instrument_id, title),
    CONSTRAINT fk_section_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

-- instrument_id is redundant with the section's, and there so that item codes are unique per instrument.
CREATE TABLE instrument_item (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    instrument_id BIGINT NOT NULL,
    section_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    code VARCHAR(40) NOT NULL,
    item_text VARCHAR(1000) NOT NULL,
    help_text VARCHAR(2000),
    item_type VARCHAR(20) NOT NULL,
    answer_required BOOLEAN NOT NULL,
    min_value DECIMAL(19, 4),
    max_value DECIMAL(19, 4),
    condition_item_code VARCHAR(40),
    condition_operator VARCHAR(20),
    condition_values VARCHAR(1000),
    CONSTRAINT pk_instrument_item PRIMARY KEY (id),
    CONSTRAINT uk_item_instrument_code UNIQUE (instrument_id, code),
    CONSTRAINT fk_item_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT fk_item_section FOREIGN KEY (section_id) REFERENCES instrument_section (id),
    CONSTRAINT ck_item_type CHECK (item_type IN
        ('YES_NO', 'LIKERT_5', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'FREE_TEXT')),
    CONSTRAINT ck_item_bounds CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
    CONSTRAINT ck_item_condition_operator CHECK (condition_operator IS NULL OR condition_operator IN
        ('EQUALS', 'IN', 'AT_LEAST', 'AT_MOST')),
    CONSTRAINT ck_item_condition_complete CHECK (
        (condition_item_code IS NULL AND condition_operator IS NULL AND condition_values IS NULL)
        OR (condition_item_code IS NOT NULL AND condition_operator IS NOT NULL AND condition_values IS NOT NULL))
);
CREATE INDEX ix_item_section ON instrument_item (section_id);

-- Options of choice items and the five labelled points of Likert items, in display order.
CREATE TABLE item_option (
    item_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    option_value VARCHAR(40) NOT NULL,
    label VARCHAR(500) NOT NULL,
    CONSTRAINT pk_item_option PRIMARY KEY (item_id, sort_order),
    CONSTRAINT fk_item_option_item FOREIGN KEY (item_id) REFERENCES instrument_item (id)
);

CREATE TABLE flag_rule (
    item_id BIGINT NOT NULL,
    sort_order INTEGER NOT NULL,
    rule_operator VARCHAR(20) NOT NULL,
    rule_values VARCHAR(1000) NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    CONSTRAINT pk_flag_rule PRIMARY KEY (item_id, sort_order),
    CONSTRAINT fk_flag_rule_item FOREIGN KEY (item_id) REFERENCES instrument_item (id),
    CONSTRAINT fk_flag_rule_category FOREIGN KEY (category_code) REFERENCES concern_category (code),
    CONSTRAINT ck_flag_rule_operator CHECK (rule_operator IN ('EQUALS', 'IN', 'AT_LEAST', 'AT_MOST'))
);
CREATE INDEX ix_flag_rule_category ON flag_rule (category_code);
