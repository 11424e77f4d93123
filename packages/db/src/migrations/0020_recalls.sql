-- Recalls and drills (issue 15). Nothing about a recall is ever deleted: a draft is cancelled, a published one
-- closed; its lots and its history stay. A draft's scope is computed live (the preview); publishing stores it.
CREATE TABLE recalls (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  -- Per tenant, in order of creation (drills included): "Triệu hồi #3".
  number integer NOT NULL CHECK (number > 0),
  status text NOT NULL CHECK (status IN ('draft', 'published', 'closed', 'cancelled')),
  drill boolean NOT NULL,
  severity text NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
  -- { reason: {vi, en}, instructions: {vi, en}, contact }, validated by the contract's RecallNotice.
  notice jsonb NOT NULL,
  -- { kind: 'lots', lotIds } or { kind: 'catalogItem', catalogId, itemId }.
  source jsonb NOT NULL,
  -- { outcomes: [{ productId, recovered, destroyed, unit }], note }, set when closed.
  outcome jsonb,
  created_at timestamptz(3) NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  published_at timestamptz(3),
  closed_at timestamptz(3),
  -- A drill: seconds from created_at to its first report being ready.
  drill_seconds double precision CHECK (drill_seconds >= 0),
  UNIQUE (tenant_id, number),
  CHECK (NOT drill OR status IN ('draft', 'closed', 'cancelled')),
  CHECK ((status IN ('published', 'closed') AND NOT drill) = (published_at IS NOT NULL))
);
CREATE INDEX recalls_tenant_idx ON recalls (tenant_id, created_at DESC);

-- The lots a recall covers: its seeds and their forward closure, stored when the draft is made and stored again
-- (the draft's rows replaced) when it is published; then lots made later from any of them (joined_later).
CREATE TABLE recall_lots (
  recall_id uuid NOT NULL REFERENCES recalls (id),
  lot_id uuid NOT NULL REFERENCES lots (id),
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  seed boolean NOT NULL,
  depth integer NOT NULL CHECK (depth >= 0),
  -- The affected lots it was made from (empty for a seed).
  from_lot_ids uuid[] NOT NULL DEFAULT '{}',
  joined_later boolean NOT NULL DEFAULT false,
  joined_at timestamptz(3) NOT NULL,
  PRIMARY KEY (recall_id, lot_id)
);
-- Is this lot recalled? (the consumer page, activation, a new transformation's inputs)
CREATE INDEX recall_lots_lot_idx ON recall_lots (lot_id);

-- A recall's history, append-only.
CREATE TABLE recall_events (
  id uuid PRIMARY KEY,
  recall_id uuid NOT NULL REFERENCES recalls (id),
  tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  at timestamptz(3) NOT NULL,
  kind text NOT NULL CHECK (
    kind IN ('created', 'updated', 'published', 'lot_joined', 'closed', 'cancelled', 'report_requested', 'report_ready')
  ),
  by_user uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The facts to word later: { lotId, lotCode } for lot_joined, the outcome for closed...
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX recall_events_recall_idx ON recall_events (recall_id, at);

-- A recall, its lots and its history are never deleted, and a history entry never changes (a tenant's own
-- deletion cascades through tenant_id, which these triggers let pass: they fire on direct deletes only).
CREATE FUNCTION refuse_recall_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'recalls are never deleted' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER recalls_never_deleted BEFORE DELETE ON recalls
  FOR EACH ROW EXECUTE FUNCTION refuse_recall_delete();
-- A draft's lots are replaced when it is published; once published they stay.
CREATE FUNCTION refuse_recall_lot_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 OR EXISTS (SELECT 1 FROM recalls WHERE id = OLD.recall_id AND status = 'draft') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'a published recall''s lots are never deleted' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER recall_lots_never_deleted BEFORE DELETE ON recall_lots
  FOR EACH ROW EXECUTE FUNCTION refuse_recall_lot_delete();
CREATE TRIGGER recall_events_never_deleted BEFORE DELETE ON recall_events
  FOR EACH ROW EXECUTE FUNCTION refuse_recall_delete();
CREATE FUNCTION refuse_recall_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'recall history is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER recall_events_append_only BEFORE UPDATE ON recall_events
  FOR EACH ROW EXECUTE FUNCTION refuse_recall_event_change();
