-- Schema of the welfare tracker. Runs unchanged on H2 2.2 and PostgreSQL 15: plain types only, no identity columns.

-- One sequence for every table. EclipseLink allocates 50 ids per call and takes the value it reads as the LAST of
-- the block, so the sequence must start at 50 (the first block is 1..50); starting at 1 would make EclipseLink
-- reject the sequence as "set up incorrectly".
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE deanery (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_deanery PRIMARY KEY (id),
    CONSTRAINT uk_deanery_code UNIQUE (code)
);

CREATE TABLE specialty (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_specialty PRIMARY KEY (id),
    CONSTRAINT uk_specialty_code UNIQUE (code)
);

CREATE TABLE programme (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    code VARCHAR(30) NOT NULL,
    name VARCHAR(200) NOT NULL,
    specialty_id BIGINT NOT NULL,
    deanery_id BIGINT NOT NULL,
    CONSTRAINT pk_programme PRIMARY KEY (id),
    CONSTRAINT uk_programme_code UNIQUE (code),
    CONSTRAINT uk_programme_deanery_specialty UNIQUE (deanery_id, specialty_id),
    CONSTRAINT fk_programme_specialty FOREIGN KEY (specialty_id) REFERENCES specialty (id),
    CONSTRAINT fk_programme_deanery FOREIGN KEY (deanery_id) REFERENCES deanery (id)
);
CREATE INDEX ix_programme_specialty ON programme (specialty_id);

CREATE TABLE cohort (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    programme_id BIGINT NOT NULL,
    intake_year INTEGER NOT NULL,
    CONSTRAINT pk_cohort PRIMARY KEY (id),
    CONSTRAINT uk_cohort_programme_year UNIQUE (programme_id, intake_year),
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_cohort_intake_year CHECK (intake_year BETWEEN 2000 AND 2100)
);

CREATE TABLE trust (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_trust PRIMARY KEY (id),
    CONSTRAINT uk_trust_code UNIQUE (code)
);

CREATE TABLE site (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    trust_id BIGINT NOT NULL,
    CONSTRAINT pk_site PRIMARY KEY (id),
    CONSTRAINT uk_site_code UNIQUE (code),
    CONSTRAINT fk_site_trust FOREIGN KEY (trust_id) REFERENCES trust (id)
);
CREATE INDEX ix_site_trust ON site (trust_id);

CREATE TABLE training_programme_director (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    forenames VARCHAR(100) NOT NULL,
    surname VARCHAR(100) NOT NULL,
    email VARCHAR(254) NOT NULL,
    programme_id BIGINT NOT NULL,
    CONSTRAINT pk_training_programme_director PRIMARY KEY (id),
    CONSTRAINT uk_tpd_email UNIQUE (email),
    CONSTRAINT fk_tpd_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_tpd_programme ON training_programme_director (programme_id);

CREATE TABLE trainee (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    gmc_number VARCHAR(7) NOT NULL,
    forenames VARCHAR(100) NOT NULL,
    surname VARCHAR(100) NOT NULL,
    email VARCHAR(254) NOT NULL,
    pmq_country VARCHAR(100) NOT NULL,
    first_nhs_post BOOLEAN NOT NULL,
    CONSTRAINT pk_trainee PRIMARY KEY (id),
    CONSTRAINT uk_trainee_gmc_number UNIQUE (gmc_number),
    CONSTRAINT uk_trainee_email UNIQUE (email)
);

CREATE TABLE programme_membership (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    trainee_id BIGINT NOT NULL,
    programme_id BIGINT NOT NULL,
    cohort_id BIGINT NOT NULL,
    grade VARCHAR(20) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    CONSTRAINT pk_programme_membership PRIMARY KEY (id),
    CONSTRAINT uk_membership_trainee_programme_cohort UNIQUE (trainee_id, programme_id, cohort_id),
    CONSTRAINT fk_membership_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT fk_membership_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_membership_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT ck_membership_period CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_membership_programme ON programme_membership (programme_id);
CREATE INDEX ix_membership_cohort ON programme_membership (cohort_id);

CREATE TABLE placement (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    trainee_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    grade VARCHAR(20) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    CONSTRAINT pk_placement PRIMARY KEY (id),
    CONSTRAINT fk_placement_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT fk_placement_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_placement_period CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_placement_trainee ON placement (trainee_id);
CREATE INDEX ix_placement_site ON placement (site_id);

CREATE TABLE educational_supervisor (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    gmc_number VARCHAR(7) NOT NULL,
    forenames VARCHAR(100) NOT NULL,
    surname VARCHAR(100) NOT NULL,
    email VARCHAR(254) NOT NULL,
    CONSTRAINT pk_educational_supervisor PRIMARY KEY (id),
    CONSTRAINT uk_supervisor_gmc_number UNIQUE (gmc_number),
    CONSTRAINT uk_supervisor_email UNIQUE (email)
);

CREATE TABLE supervisor_assignment (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    trainee_id BIGINT NOT NULL,
    supervisor_id BIGINT NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE,
    CONSTRAINT pk_supervisor_assignment PRIMARY KEY (id),
    CONSTRAINT fk_assignment_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT fk_assignment_supervisor FOREIGN KEY (supervisor_id) REFERENCES educational_supervisor (id),
    CONSTRAINT ck_assignment_period CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_assignment_trainee ON supervisor_assignment (trainee_id);
CREATE INDEX ix_assignment_supervisor ON supervisor_assignment (supervisor_id);

CREATE TABLE concern_category (
    code VARCHAR(40) NOT NULL,
    label VARCHAR(200) NOT NULL,
    sort_order INTEGER NOT NULL,
    CONSTRAINT pk_concern_category PRIMARY KEY (code)
);

CREATE TABLE welfare_concern (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    reference VARCHAR(36) NOT NULL,
    trainee_id BIGINT NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    description VARCHAR(4000) NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT pk_welfare_concern PRIMARY KEY (id),
    CONSTRAINT uk_concern_reference UNIQUE (reference),
    CONSTRAINT fk_concern_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT fk_concern_category FOREIGN KEY (category_code) REFERENCES concern_category (code),
    CONSTRAINT ck_concern_source CHECK (source IN ('SELF', 'SURVEY')),
    CONSTRAINT ck_concern_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'))
);
CREATE INDEX ix_concern_trainee ON welfare_concern (trainee_id);
CREATE INDEX ix_concern_category ON welfare_concern (category_code);

CREATE TABLE audit_entry (
    id BIGINT NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(254) NOT NULL,
    action VARCHAR(60) NOT NULL,
    subject_type VARCHAR(60) NOT NULL,
    subject_id VARCHAR(60),
    outcome VARCHAR(10) NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT ck_audit_outcome CHECK (outcome IN ('ALLOWED', 'DENIED'))
);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_occurred_at ON audit_entry (occurred_at);
