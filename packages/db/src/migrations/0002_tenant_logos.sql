-- A tenant's logo, shown in the app and on consumer pages; small images kept beside the tenant row.
CREATE TABLE tenant_logos (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
