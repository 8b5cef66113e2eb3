-- Append-only on every table: a batch's file, source and officer, and a revert, are never
-- rewritten either (001 refused only their deletion); TRUNCATE, which skips DELETE triggers,
-- is refused as well.
CREATE TRIGGER batches_no_update BEFORE UPDATE ON batches
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER reverts_no_update BEFORE UPDATE ON reverts
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER batches_no_truncate BEFORE TRUNCATE ON batches
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER actual_values_no_truncate BEFORE TRUNCATE ON actual_values
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER reverts_no_truncate BEFORE TRUNCATE ON reverts
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
