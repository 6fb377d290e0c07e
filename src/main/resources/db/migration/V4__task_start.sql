-- The day the officer sets for a task's work to begin, drawn as the start of its bar on the timeline. Empty for a
-- task that starts with the plan (its date), which is every task of the sample plans.
ALTER TABLE task ADD COLUMN start_date DATE;
