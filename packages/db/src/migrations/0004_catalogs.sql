-- Catalogs (danh mục): reference objects that stage forms pick from, each validated by its catalog's form.
CREATE TABLE catalogs (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name_vi text NOT NULL CHECK (length(btrim(name_vi)) > 0),
  name_en text NOT NULL DEFAULT '',
  form jsonb NOT NULL,
  label_fields text[] NOT NULL,
  -- Shared catalogs are readable by every tenant (e.g. the centre's registered pesticides).
  shared boolean NOT NULL DEFAULT false,
  archived_at timestamptz,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX catalogs_tenant_idx ON catalogs (tenant_id, archived_at);
CREATE INDEX catalogs_shared_idx ON catalogs (shared) WHERE shared;

CREATE TABLE catalog_items (
  id uuid PRIMARY KEY,
  catalog_id uuid NOT NULL REFERENCES catalogs (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  data jsonb NOT NULL,
  -- The display label records keep as a snapshot, and the accent-free text search runs on.
  label text NOT NULL,
  search_text text NOT NULL,
  archived_at timestamptz,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX catalog_items_catalog_idx ON catalog_items (catalog_id, archived_at, label);

-- Every change of an item: who, when, what (the data after the change).
CREATE TABLE catalog_item_history (
  id bigserial PRIMARY KEY,
  item_id uuid NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  revision integer NOT NULL,
  action text NOT NULL CHECK (action IN ('created', 'updated', 'archived', 'restored', 'imported')),
  data jsonb NOT NULL,
  label text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX catalog_item_history_item_idx ON catalog_item_history (item_id, revision);
