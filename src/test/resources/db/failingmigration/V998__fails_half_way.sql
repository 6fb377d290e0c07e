-- A migration that exists only in tests and fails after its first change: H2 keeps that change (a change of the
-- schema is committed at once), so the store is half-migrated unless it is put back from the backup.
ALTER TABLE plan ADD COLUMN half_done INT;
INSERT INTO no_such_table VALUES (1);
