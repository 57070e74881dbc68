-- The audit log is append-only, enforced by the database itself (checklist #36, ASVS 16.4.2).
--
-- Why triggers and not privileges: the app connects as the owner of its tables, and REVOKE
-- UPDATE, DELETE, TRUNCATE does not bind a table's owner (the owner may grant itself the rights
-- back at any time). A trigger binds every role that writes through the table, owner included:
-- form, seed, script or psql. Removing it takes a DROP TRIGGER, which can only ship in a
-- migration, and lib/migrate/destructive-changes.ts refuses a migration that drops a trigger on
-- audit_event unless it carries an `-- atlas:approve-destructive: <reason>` marker.
-- (A superuser can still disable triggers; this guards against the app's own code and mistakes,
-- not against the database's administrator.)

CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit rows are never changed or removed; record a new event instead.';
END;
$$;

-- Row triggers catch UPDATE and DELETE (also those cascaded from a foreign key).
CREATE TRIGGER "audit_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

-- TRUNCATE fires no row trigger, hence a statement trigger of its own.
CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
