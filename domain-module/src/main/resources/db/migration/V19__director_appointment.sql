-- A training programme director's access is bounded by their appointment (issue 11): the days from start_date to
-- end_date (open-ended when NULL). Directors appointed before this migration count from the day it runs, which only
-- narrows what they could reach before.
ALTER TABLE training_programme_director ADD COLUMN start_date DATE;
ALTER TABLE training_programme_director ADD COLUMN end_date DATE;
UPDATE training_programme_director SET start_date = CURRENT_DATE;
ALTER TABLE training_programme_director ALTER COLUMN start_date SET NOT NULL;
ALTER TABLE training_programme_director ADD CONSTRAINT ck_tpd_appointment CHECK (end_date IS NULL OR end_date >= start_date);
