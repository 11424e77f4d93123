-- Label batches, their labels (one narrow row per printed serial) and the append-only history of ranges.
CREATE TABLE label_batches (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  -- Per tenant 1, 2, 3…: what people call a batch ("Đợt tem #12").
  number integer NOT NULL CHECK (number > 0),
  product_id uuid REFERENCES products (id),
  lot_id uuid REFERENCES lots (id),
  quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
  generated integer NOT NULL DEFAULT 0,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  -- Fixed at order time so every later download prints the same URLs.
  url_prefix text NOT NULL,
  layout_key text,
  layout jsonb NOT NULL,
  pdf_state text NOT NULL DEFAULT 'none' CHECK (pdf_state IN ('none', 'queued', 'running', 'ready', 'failed')),
  pdf_pages_done integer NOT NULL DEFAULT 0 CHECK (pdf_pages_done >= 0),
  pdf_file_id uuid REFERENCES files (id),
  note text NOT NULL DEFAULT '',
  error_code text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz(3) NOT NULL,
  started_at timestamptz(3),
  finished_at timestamptz(3),
  cancelled_at timestamptz(3),
  cancelled_by uuid REFERENCES users (id) ON DELETE SET NULL,
  UNIQUE (tenant_id, number),
  CHECK (lot_id IS NULL OR product_id IS NOT NULL),
  CHECK (generated BETWEEN 0 AND quantity)
);
CREATE INDEX label_batches_tenant_idx ON label_batches (tenant_id, created_at DESC);

-- Narrow on purpose: a million rows per batch go in at close to COPY speed. A label's tenant is its batch's.
CREATE TABLE labels (
  serial text PRIMARY KEY CHECK (serial ~ '^[2-9A-HJ-NP-Z]{13}$'),
  batch_id uuid NOT NULL REFERENCES label_batches (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq > 0),
  state text NOT NULL DEFAULT 'generated' CHECK (state IN ('generated', 'activated', 'voided')),
  lot_id uuid REFERENCES lots (id),
  changed_at timestamptz(3),
  UNIQUE (batch_id, seq)
);

-- One row per contiguous run of seqs changed together: activating 50,000 labels of a roll is one event.
CREATE TABLE label_events (
  id uuid PRIMARY KEY,
  batch_id uuid NOT NULL REFERENCES label_batches (id) ON DELETE CASCADE,
  first_seq integer NOT NULL,
  last_seq integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('activated', 'voided')),
  lot_id uuid REFERENCES lots (id),
  record_id uuid REFERENCES lot_records (id),
  reason text CHECK (reason IN ('misprint', 'damaged', 'lost', 'other', 'batch_cancelled')),
  note text NOT NULL DEFAULT '',
  -- Null when the system acted (a cancelled batch voids its labels).
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz(3) NOT NULL,
  CHECK (0 < first_seq AND first_seq <= last_seq),
  CHECK ((kind = 'activated') = (lot_id IS NOT NULL)),
  CHECK ((kind = 'voided') = (reason IS NOT NULL))
);
CREATE INDEX label_events_batch_idx ON label_events (batch_id, first_seq);
-- A lot's labels and a record's bound labels are read by these.
CREATE INDEX label_events_lot_idx ON label_events (lot_id) WHERE lot_id IS NOT NULL;
CREATE INDEX label_events_record_idx ON label_events (record_id) WHERE record_id IS NOT NULL;

-- Label history is append-only: a label's story is its batch's creation plus the events covering its seq.
-- Deleting a tenant still cascades (the cascade runs one trigger level down); a direct change is refused.
CREATE FUNCTION refuse_label_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'label events are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER label_events_append_only BEFORE UPDATE OR DELETE ON label_events
  FOR EACH ROW EXECUTE FUNCTION refuse_label_event_change();

-- A batch's printable PDF is stored as a file of its own purpose.
ALTER TABLE files DROP CONSTRAINT files_purpose_check;
ALTER TABLE files ADD CONSTRAINT files_purpose_check
  CHECK (purpose IN ('photo', 'document', 'signature', 'product_image', 'certificate', 'label_pdf'));
