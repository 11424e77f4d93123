-- Lots, their append-only hash-chained records, transformations with genealogy, and idempotency keys.
ALTER TABLE products ADD COLUMN lot_code_pattern text CHECK (length(lot_code_pattern) BETWEEN 1 AND 40);
-- The last sequence number a pattern filled, per product; taken with UPDATE ... RETURNING.
ALTER TABLE products ADD COLUMN lot_seq integer NOT NULL DEFAULT 0;

CREATE TABLE lots (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  product_id uuid NOT NULL REFERENCES products (id),
  process_id uuid NOT NULL REFERENCES processes (id),
  -- Pinned at creation: the lot's records are entered and shown with this version's forms.
  process_version_id uuid NOT NULL REFERENCES process_versions (id),
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{1,20}$'),
  quantity double precision NOT NULL CHECK (quantity > 0),
  remaining double precision NOT NULL CHECK (remaining >= 0),
  unit text NOT NULL,
  status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed', 'recalled')),
  made_at_stage_id text,
  note text NOT NULL DEFAULT '',
  -- The chain head: how many records the lot has and the hash of the last one.
  record_count integer NOT NULL DEFAULT 0,
  head_hash text NOT NULL DEFAULT repeat('0', 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX lots_product_code_key ON lots (product_id, lower(code));
CREATE INDEX lots_tenant_idx ON lots (tenant_id, status, created_at DESC);

CREATE TABLE lot_records (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  lot_id uuid NOT NULL REFERENCES lots (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq > 0),
  kind text NOT NULL CHECK (kind IN ('stage', 'transformation')),
  stage_id text NOT NULL,
  stage_key text NOT NULL,
  process_version_id uuid NOT NULL REFERENCES process_versions (id),
  data jsonb NOT NULL,
  -- Milliseconds, as the hash covers them: a finer change could not be told from the stored value.
  event_time timestamptz(3) NOT NULL,
  location jsonb,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz(3) NOT NULL,
  supersedes uuid REFERENCES lot_records (id),
  reason text,
  transformation jsonb,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  UNIQUE (lot_id, seq),
  CHECK ((supersedes IS NULL) = (reason IS NULL))
);
-- A record is superseded at most once: corrections form a line, not a tree.
CREATE UNIQUE INDEX lot_records_supersedes_key ON lot_records (supersedes) WHERE supersedes IS NOT NULL;
CREATE INDEX lot_records_tenant_idx ON lot_records (tenant_id, event_time);

-- Records are append-only: a correction is a new record. The hash chain detects what this cannot stop.
CREATE FUNCTION refuse_lot_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'lot records are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER lot_records_append_only BEFORE UPDATE OR DELETE ON lot_records
  FOR EACH ROW EXECUTE FUNCTION refuse_lot_record_change();

-- A lot's chain head only moves forward: rewinding it would hide deleted last records.
CREATE FUNCTION refuse_lot_head_rewind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.record_count < OLD.record_count THEN
    RAISE EXCEPTION 'a lot''s record count never decreases' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER lots_head_forward BEFORE UPDATE ON lots
  FOR EACH ROW EXECUTE FUNCTION refuse_lot_head_rewind();

CREATE TABLE transformations (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  process_version_id uuid NOT NULL REFERENCES process_versions (id),
  stage_id text NOT NULL,
  stage_key text NOT NULL,
  event_time timestamptz NOT NULL,
  yield_percent double precision,
  yield_flag text CHECK (yield_flag IN ('below', 'above')),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL
);

-- Genealogy: every input lot of a transformation is a parent of every output lot.
CREATE TABLE transformation_lots (
  transformation_id uuid NOT NULL REFERENCES transformations (id) ON DELETE CASCADE,
  lot_id uuid NOT NULL REFERENCES lots (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('input', 'output')),
  -- In the lot's own unit.
  quantity double precision NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (transformation_id, lot_id)
);
CREATE INDEX transformation_lots_lot_idx ON transformation_lots (lot_id);

CREATE TABLE lot_links (
  parent_lot_id uuid NOT NULL REFERENCES lots (id) ON DELETE CASCADE,
  child_lot_id uuid NOT NULL REFERENCES lots (id) ON DELETE CASCADE,
  transformation_id uuid NOT NULL REFERENCES transformations (id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  PRIMARY KEY (parent_lot_id, child_lot_id, transformation_id)
);
CREATE INDEX lot_links_child_idx ON lot_links (child_lot_id);

-- A retried write with the same key gets the first response; kept a day.
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  endpoint text NOT NULL,
  request_hash text NOT NULL,
  status integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
