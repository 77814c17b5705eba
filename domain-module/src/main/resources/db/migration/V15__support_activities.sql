-- Support activities as data: sessions, groups and schemes for cohorts, run by peer supporters, and each trainee's
-- attendance (for a group or scheme, the days they were a member).

ALTER TABLE trainee ADD COLUMN peer_supporter BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE support_activity (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    reference VARCHAR(36) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    title VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    place VARCHAR(300),
    link VARCHAR(500),
    capacity INTEGER,
    CONSTRAINT pk_support_activity PRIMARY KEY (id),
    CONSTRAINT uk_support_activity_reference UNIQUE (reference),
    CONSTRAINT ck_support_activity_kind CHECK (kind IN ('INDUCTION_SESSION', 'PEER_MESSAGING_GROUP', 'WEBINAR',
        'QA_SESSION', 'BUDDY_SCHEME', 'WELLBEING_SESSION', 'OTHER')),
    CONSTRAINT ck_support_activity_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_support_activity_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 10000)
);
CREATE INDEX ix_support_activity_starts ON support_activity (starts_at);

CREATE TABLE support_activity_cohort (
    activity_id BIGINT NOT NULL,
    cohort_id BIGINT NOT NULL,
    CONSTRAINT pk_support_activity_cohort PRIMARY KEY (activity_id, cohort_id),
    CONSTRAINT fk_activity_cohort_activity FOREIGN KEY (activity_id) REFERENCES support_activity (id),
    CONSTRAINT fk_activity_cohort_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX ix_activity_cohort_cohort ON support_activity_cohort (cohort_id);

CREATE TABLE support_activity_supporter (
    activity_id BIGINT NOT NULL,
    trainee_id BIGINT NOT NULL,
    CONSTRAINT pk_support_activity_supporter PRIMARY KEY (activity_id, trainee_id),
    CONSTRAINT fk_activity_supporter_activity FOREIGN KEY (activity_id) REFERENCES support_activity (id),
    CONSTRAINT fk_activity_supporter_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
);
CREATE INDEX ix_activity_supporter_trainee ON support_activity_supporter (trainee_id);

CREATE TABLE support_attendance (
    id BIGINT NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL,
    activity_id BIGINT NOT NULL,
    trainee_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    signed_up_at TIMESTAMP WITH TIME ZONE,
    recorded_at TIMESTAMP WITH TIME ZONE,
    joined_on DATE,
    left_on DATE,
    added_by_admin BOOLEAN NOT NULL,
    CONSTRAINT pk_support_attendance PRIMARY KEY (id),
    CONSTRAINT uk_attendance_activity_trainee UNIQUE (activity_id, trainee_id),
    CONSTRAINT fk_attendance_activity FOREIGN KEY (activity_id) REFERENCES support_activity (id),
    CONSTRAINT fk_attendance_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id),
    CONSTRAINT ck_attendance_status CHECK (status IN ('SIGNED_UP', 'ATTENDED', 'ABSENT', 'CANCELLED')),
    CONSTRAINT ck_attendance_membership CHECK (left_on IS NULL OR (joined_on IS NOT NULL AND left_on >= joined_on))
);
CREATE INDEX ix_attendance_trainee ON support_attendance (trainee_id);
