-- Processes: one editable draft per process (guarded by a revision) and immutable published versions.
CREATE TABLE processes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name_vi text NOT NULL CHECK (length(btrim(name_vi)) > 0),
  name_en text NOT NULL DEFAULT '',
  product_type text NOT NULL,
  archived_at timestamptz,
  draft jsonb NOT NULL,
  draft_revision integer NOT NULL DEFAULT 1 CHECK (draft_revision > 0),
  draft_updated_at timestamptz NOT NULL DEFAULT now(),
  draft_updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX processes_tenant_idx ON processes (tenant_id, archived_at, name_vi);

CREATE TABLE process_versions (
  id uuid PRIMARY KEY,
  process_id uuid NOT NULL REFERENCES processes (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  definition jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  UNIQUE (process_id, number)
);
CREATE INDEX process_versions_tenant_idx ON process_versions (tenant_id);

-- A published version is never changed again: records point at it and are shown with its forms.
CREATE FUNCTION refuse_process_version_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'process versions are immutable' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER process_versions_immutable BEFORE UPDATE ON process_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_process_version_update();

-- Precompiled browser validators of form schemas, addressed by the sha256 of the schema.
CREATE TABLE form_validator_modules (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
