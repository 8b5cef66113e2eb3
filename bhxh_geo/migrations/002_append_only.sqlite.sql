-- Append-only on every table: a batch's file, source and officer, and a revert, are never
-- rewritten either (001 refused only their deletion).
CREATE TRIGGER batches_no_update BEFORE UPDATE ON batches
BEGIN SELECT RAISE(ABORT, 'batches is append-only'); END;
CREATE TRIGGER reverts_no_update BEFORE UPDATE ON reverts
BEGIN SELECT RAISE(ABORT, 'reverts is append-only'); END;
