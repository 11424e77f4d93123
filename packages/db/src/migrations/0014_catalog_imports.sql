-- Catalog CSV imports run as background jobs above a size; the uploaded CSV is kept as a private file
-- so that a worker, possibly another process, reads the same bytes.
ALTER TABLE files DROP CONSTRAINT files_purpose_check;
ALTER TABLE files ADD CONSTRAINT files_purpose_check
  CHECK (purpose IN ('photo', 'document', 'signature', 'product_image', 'certificate', 'label_pdf', 'catalog_import'));
ALTER TABLE files DROP CONSTRAINT files_content_type_check;
ALTER TABLE files ADD CONSTRAINT files_content_type_check
  CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/csv'));

CREATE TABLE catalog_imports (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  catalog_id uuid NOT NULL REFERENCES catalogs (id) ON DELETE CASCADE,
  mode text NOT NULL CHECK (mode IN ('valid-only', 'all-or-nothing')),
  state text NOT NULL CHECK (state IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  rows_total integer NOT NULL CHECK (rows_total >= 0),
  -- Rows whose batch is committed: advanced in the same transaction as the batch's items, so a retry
  -- resumes after them and never imports a row twice.
  rows_done integer NOT NULL DEFAULT 0 CHECK (rows_done >= 0 AND rows_done <= rows_total),
  imported integer NOT NULL DEFAULT 0 CHECK (imported >= 0),
  file_id uuid NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  -- The same report the synchronous import answers with (row errors as word sources, not worded).
  report jsonb,
  error_code text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX catalog_imports_tenant_idx ON catalog_imports (tenant_id, created_at DESC);
