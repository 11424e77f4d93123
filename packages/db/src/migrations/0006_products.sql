-- Products: what is sold, with what consumers see of it.
CREATE TABLE products (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name_vi text NOT NULL CHECK (length(btrim(name_vi)) > 0),
  name_en text NOT NULL DEFAULT '',
  sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
  product_type text NOT NULL,
  description_vi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  image_ids uuid[] NOT NULL DEFAULT '{}',
  net_quantity double precision CHECK (net_quantity > 0),
  net_unit text,
  shelf_life_days integer CHECK (shelf_life_days > 0),
  storage_vi text NOT NULL DEFAULT '',
  storage_en text NOT NULL DEFAULT '',
  country text NOT NULL DEFAULT 'VN' CHECK (country ~ '^[A-Z]{2}$'),
  province text,
  -- GTIN-14 (shorter GTINs left-padded with zeros), check digit verified by the service.
  gtin text CHECK (gtin ~ '^[0-9]{14}$'),
  gs1_company_prefix text CHECK (gs1_company_prefix ~ '^[0-9]{6,12}$'),
  certifications jsonb NOT NULL DEFAULT '[]',
  process_id uuid REFERENCES processes (id),
  public_fields text[] NOT NULL DEFAULT '{}',
  search_text text NOT NULL,
  archived_at timestamptz,
  revision integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  CHECK ((net_quantity IS NULL) = (net_unit IS NULL))
);
CREATE UNIQUE INDEX products_tenant_sku_key ON products (tenant_id, lower(sku));
CREATE UNIQUE INDEX products_tenant_gtin_key ON products (tenant_id, gtin) WHERE gtin IS NOT NULL;
CREATE INDEX products_tenant_idx ON products (tenant_id, archived_at, name_vi);
