-- Signed checkpoints: a Merkle root over every lot's chain head, signed with a key kept outside the database,
-- published so that anyone holding a copy can detect records rewritten (hashes recomputed) or rewound later.
CREATE TABLE checkpoints (
  seq integer PRIMARY KEY CHECK (seq > 0),
  issued_at timestamptz(3) NOT NULL,
  root text NOT NULL CHECK (root ~ '^[0-9a-f]{64}$'),
  lot_count integer NOT NULL CHECK (lot_count >= 0),
  -- sha-256 of the previous checkpoint's statement: the checkpoints chain too.
  previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  key_id text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
  -- The exact canonical JSON that was signed, and the Ed25519 signature over it (base64).
  statement text NOT NULL,
  signature text NOT NULL,
  -- sha-256 of the statement: what the next checkpoint chains to.
  statement_hash text NOT NULL UNIQUE CHECK (statement_hash ~ '^[0-9a-f]{64}$')
);

-- The heads each checkpoint anchored, so verify can name the lot that disagrees. They sit in the same
-- database as what they guard: verify trusts them only after they rebuild the signed root.
CREATE TABLE checkpoint_leaves (
  checkpoint_seq integer NOT NULL REFERENCES checkpoints (seq),
  lot_id uuid NOT NULL,
  record_count integer NOT NULL CHECK (record_count >= 0),
  head_hash text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (checkpoint_seq, lot_id)
);

-- Append-only, as lot_records: the signatures detect what this cannot stop.
CREATE FUNCTION refuse_checkpoint_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'checkpoints are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE ON checkpoints
  FOR EACH ROW EXECUTE FUNCTION refuse_checkpoint_change();
CREATE TRIGGER checkpoint_leaves_append_only BEFORE UPDATE OR DELETE ON checkpoint_leaves
  FOR EACH ROW EXECUTE FUNCTION refuse_checkpoint_change();
