-- A checksum of each plan's content as it reads back (header, groups, tasks, indicators), written in the same
-- transaction as every change of the plan and checked when the plan is opened or exported, so that a damaged store
-- file is told rather than silently read (issue 15). Empty for a plan stored before this migration until the first
-- start after it records one.
ALTER TABLE plan ADD COLUMN content_checksum VARCHAR(64);
