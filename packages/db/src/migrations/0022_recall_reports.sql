-- The report for authorities of a recall or drill (issue 15): one row per request, built by a background job
-- that counts the recall's lots as it goes. The CSV and the PDF are the tenant's private files once it is done.
ALTER TABLE files DROP CONSTRAINT files_purpose_check;
ALTER TABLE files ADD CONSTRAINT files_purpose_check
  CHECK (purpose IN (
    'photo', 'document', 'signature', 'product_image', 'certificate', 'label_pdf', 'catalog_import', 'recall_report'
  ));

CREATE TABLE recall_reports (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  recall_id uuid NOT NULL REFERENCES recalls (id),
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'completed', 'failed')),
  -- Lots read so far of the recall's lots at the start of the run.
  lots_done integer NOT NULL DEFAULT 0 CHECK (lots_done >= 0),
  lots_total integer NOT NULL DEFAULT 0 CHECK (lots_total >= 0),
  csv_file_id uuid REFERENCES files (id),
  pdf_file_id uuid REFERENCES files (id),
  error_code text,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz(3) NOT NULL,
  started_at timestamptz(3),
  finished_at timestamptz(3),
  -- Touched at every step and state change; a queued or running report silent past the stall limit is stalled.
  heartbeat_at timestamptz(3) NOT NULL,
  CHECK (lots_done <= lots_total),
  CHECK ((state = 'completed') = (csv_file_id IS NOT NULL AND pdf_file_id IS NOT NULL))
);
CREATE INDEX recall_reports_recall_idx ON recall_reports (recall_id, created_at DESC);
CREATE INDEX recall_reports_tenant_idx ON recall_reports (tenant_id, created_at DESC);
