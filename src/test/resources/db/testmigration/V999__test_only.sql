-- A migration that exists only in tests, to check that the store is backed up before it runs.
CREATE TABLE test_only_marker (id INT);
