-- A batch's heartbeat: touched whenever its labels or PDF make progress (a chunk stored, a PDF page drawn, a
-- state change). A batch still being made whose heartbeat is older than the stall limit is shown as stalled
-- and may be retried, and the start of the API queues it again: a job the queue dropped without our code
-- running (a worker killed twice, a stalled job failed for good) can no longer leave a batch 'running'.
ALTER TABLE label_batches ADD COLUMN heartbeat_at timestamptz(3) NOT NULL DEFAULT now();
-- Work in progress at the upgrade starts its clock now: a worker may still be on it, and an old start time would
-- make every such batch look stalled at once and be queued a second time.
UPDATE label_batches SET heartbeat_at = CASE
  WHEN state IN ('queued', 'running') OR (state = 'completed' AND pdf_state IN ('queued', 'running')) THEN now()
  ELSE COALESCE(finished_at, started_at, created_at)
END;
