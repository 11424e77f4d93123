-- Scans of label pages (issue 14): one narrow row per consumer visit, without personal data (no IP address, no
-- user agent string: a keyed hash of the client network, the browser family, the language, a coarse region).
-- Rows come in batches from the scan ledger's flush; a viral label may get 100k of them, so no foreign keys
-- but the tenant's (a batch insert checks one key per row, and a scan outlives nothing it names).
CREATE TABLE scans (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  label_serial text NOT NULL,
  product_id uuid,
  lot_id uuid,
  at timestamptz(3) NOT NULL,
  network_hash text NOT NULL CHECK (char_length(network_hash) BETWEEN 1 AND 128),
  browser text NOT NULL CHECK (browser IN ('chrome', 'safari', 'firefox', 'samsung', 'zalo', 'facebook', 'other')),
  language text NOT NULL CHECK (language IN ('vi', 'en')),
  region text CHECK (char_length(region) BETWEEN 1 AND 40)
);
-- The ledger's warm read: a label's most recent scans (the spread window).
CREATE INDEX scans_label_at_idx ON scans (label_serial, at DESC);
-- The owner's period queries (top labels of a period, the CSV export in time order).
CREATE INDEX scans_tenant_at_idx ON scans (tenant_id, at);

-- The daily roll-up per tenant, Vietnamese calendar day (Asia/Ho_Chi_Minh), product and lot: the dashboard's
-- series and tables read these, never the raw rows. Each replica adds its own counts (additive upserts).
CREATE TABLE scan_days (
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  day date NOT NULL,
  product_id uuid,
  lot_id uuid,
  scans bigint NOT NULL CHECK (scans >= 0),
  CONSTRAINT scan_days_key UNIQUE NULLS NOT DISTINCT (tenant_id, day, product_id, lot_id)
);

-- A label's figures: how often, first and last scan, and the counterfeit signals with when they tripped.
-- Flags stay once set: a label seen spread over many networks stays suspicious after the wave passes.
CREATE TABLE scan_labels (
  label_serial text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  product_id uuid,
  lot_id uuid,
  scans bigint NOT NULL CHECK (scans >= 0),
  first_at timestamptz(3) NOT NULL,
  last_at timestamptz(3) NOT NULL,
  -- scan_count: the count passed the tenant's threshold (the threshold then, for the reason shown).
  count_flagged_at timestamptz(3),
  count_threshold integer,
  -- spread: many networks or regions within the window; how many of each were seen when it tripped.
  spread_flagged_at timestamptz(3),
  spread_networks integer,
  spread_regions integer,
  spread_hours integer,
  CHECK ((count_flagged_at IS NULL) = (count_threshold IS NULL)),
  CHECK ((spread_flagged_at IS NULL) = (spread_hours IS NULL))
);
-- The dashboard: a tenant's labels by count, and its flagged labels.
CREATE INDEX scan_labels_tenant_scans_idx ON scan_labels (tenant_id, scans DESC);
CREATE INDEX scan_labels_tenant_flagged_idx ON scan_labels (tenant_id, last_at DESC)
  WHERE count_flagged_at IS NOT NULL OR spread_flagged_at IS NOT NULL;

-- The owner's signal settings; a tenant without a row uses the defaults (50 scans; 10 networks or 3 regions in 24 h).
CREATE TABLE scan_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  count_threshold integer NOT NULL CHECK (count_threshold BETWEEN 1 AND 1000000),
  spread_networks integer NOT NULL CHECK (spread_networks BETWEEN 2 AND 200),
  spread_regions integer NOT NULL CHECK (spread_regions BETWEEN 2 AND 63),
  spread_hours integer NOT NULL CHECK (spread_hours BETWEEN 1 AND 720),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz(3) NOT NULL
);
