-- Label sheets and rolls an owner saves beside the built-in ones; lengths in millimetres.
-- The service checks that labels fit the page and the QR stays readable; the CHECKs only keep numbers sane.
CREATE TABLE label_layouts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
  page_width_mm double precision NOT NULL CHECK (page_width_mm BETWEEN 10 AND 1000),
  page_height_mm double precision NOT NULL CHECK (page_height_mm BETWEEN 10 AND 1000),
  label_width_mm double precision NOT NULL CHECK (label_width_mm BETWEEN 10 AND 1000),
  label_height_mm double precision NOT NULL CHECK (label_height_mm BETWEEN 10 AND 1000),
  columns integer NOT NULL CHECK (columns BETWEEN 1 AND 50),
  rows integer NOT NULL CHECK (rows BETWEEN 1 AND 50),
  margin_top_mm double precision NOT NULL CHECK (margin_top_mm BETWEEN 0 AND 500),
  margin_left_mm double precision NOT NULL CHECK (margin_left_mm BETWEEN 0 AND 500),
  gap_x_mm double precision NOT NULL CHECK (gap_x_mm BETWEEN 0 AND 500),
  gap_y_mm double precision NOT NULL CHECK (gap_y_mm BETWEEN 0 AND 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz
);
-- Names are unique among a tenant's layouts in use; an archived name may be taken again.
CREATE UNIQUE INDEX label_layouts_tenant_name_key ON label_layouts (tenant_id, lower(name))
  WHERE archived_at IS NULL;
CREATE INDEX label_layouts_tenant_idx ON label_layouts (tenant_id, created_at);
