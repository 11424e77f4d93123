-- The template library (issue 17): the centre's reusable processes per product type, versioned; a process
-- made from one keeps the link, so a newer version can be offered to it stage by stage.
CREATE TABLE templates (
  id uuid PRIMARY KEY,
  -- the folder name under templates/ for the ones shipped with the code; stable across versions
  key text NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(key) <= 64),
  product_type text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE template_versions (
  id uuid PRIMARY KEY,
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  -- the whole file at the current format, as validated when it was published
  content jsonb NOT NULL,
  -- sha256 of the canonical content: a file read again at start is never a second version
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  name_vi text NOT NULL,
  name_en text NOT NULL DEFAULT '',
  -- folded name, keywords and product type names, for searching without accents
  search_text text NOT NULL DEFAULT '',
  source text NOT NULL CHECK (source IN ('file', 'expert')),
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  deprecated_at timestamptz,
  deprecated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  deprecation_vi text,
  deprecation_en text,
  CHECK ((deprecated_at IS NULL) = (deprecation_vi IS NULL)),
  UNIQUE (template_id, number),
  UNIQUE (template_id, content_hash)
);

-- A published version's content never changes; only its deprecation may be set.
CREATE FUNCTION refuse_template_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
     OR NEW.number IS DISTINCT FROM OLD.number OR NEW.template_id IS DISTINCT FROM OLD.template_id THEN
    RAISE EXCEPTION 'template versions are immutable' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER template_versions_immutable BEFORE UPDATE ON template_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_template_version_change();

-- Where a tenant's process came from. base_version_id moves forward when the owner takes a newer version's
-- changes; catalog_map turns the template's catalog keys into the tenant's catalog ids (new keys are added
-- when a taken stage needs a catalog the first version did not have).
CREATE TABLE process_template_links (
  process_id uuid PRIMARY KEY REFERENCES processes (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  template_id uuid NOT NULL REFERENCES templates (id),
  used_version_id uuid NOT NULL REFERENCES template_versions (id),
  base_version_id uuid NOT NULL REFERENCES template_versions (id),
  catalog_map jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- stages already taken into the draft from one newer version, {"versionId": ..., "keys": [...]}, until the
  -- base moves to it; [] when none (keys taken from a version since superseded count for nothing)
  taken_stage_keys jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX process_template_links_tenant_idx ON process_template_links (tenant_id);
CREATE INDEX process_template_links_template_idx ON process_template_links (template_id);
