-- The scan ledger's flush shares the request thread on PGlite: every cost per scan row is paid by the busiest
-- route. Measured per row of a COPY batch, the primary key's index cost about a quarter and the tenant's foreign
-- key check (a lookup per row) about a third. A scan is never looked up by its id; the id stays as the CSV
-- export's tie-break after the time, which the tenant's index now carries. A tenant's deletion still takes its
-- scans: one statement per deletion instead of a check per scan.
ALTER TABLE scans DROP CONSTRAINT scans_pkey;
ALTER TABLE scans DROP CONSTRAINT scans_tenant_id_fkey;
DROP INDEX scans_tenant_at_idx;
CREATE INDEX scans_tenant_at_idx ON scans (tenant_id, at, id);

-- A repeat (the same network within 30 minutes of its last counted scan of the label: a reload) is logged and
-- counted nowhere; the ledger's re-read of a label's recent counted scans skips repeats, so its index does too.
ALTER TABLE scans ADD COLUMN repeat boolean NOT NULL DEFAULT false;
DROP INDEX scans_label_at_idx;
CREATE INDEX scans_label_at_idx ON scans (label_serial, at DESC) WHERE NOT repeat;

CREATE FUNCTION delete_scans_of_deleted_tenants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM scans WHERE tenant_id IN (SELECT id FROM deleted_tenants);
  RETURN NULL;
END;
$$;
CREATE TRIGGER tenants_take_their_scans AFTER DELETE ON tenants
  REFERENCING OLD TABLE AS deleted_tenants
  FOR EACH STATEMENT EXECUTE FUNCTION delete_scans_of_deleted_tenants();
