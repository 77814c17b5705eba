-- The day an activity starts, in the deanery's zone (Europe/London), kept beside its start time so that the exposure
-- reports compare it with the days waves open on (both are dates, on H2 and PostgreSQL alike). Activities stored
-- before this migration take the day of their start in the database session's zone; they were created only by the demo
-- data, whose sessions start in the evening, on the same day in UTC and in London.
ALTER TABLE support_activity ADD COLUMN starts_on DATE;
UPDATE support_activity SET starts_on = CAST(starts_at AS DATE);
ALTER TABLE support_activity ALTER COLUMN starts_on SET NOT NULL;
CREATE INDEX ix_support_activity_starts_on ON support_activity (starts_on);
