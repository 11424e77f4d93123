-- An import's heartbeat: touched at every committed batch and state change. A queued or running import whose
-- heartbeat is older than the stall limit is shown as stalled and may be retried, and the start of the API
-- queues it again under a new job id: a job BullMQ failed for good without our code running (a worker killed
-- more often than the stall limit allows) can no longer leave an import 'running'.
ALTER TABLE catalog_imports ADD COLUMN heartbeat_at timestamptz(3) NOT NULL DEFAULT now();
-- Imports in progress at the upgrade start their clock now, so none looks stalled at once and runs twice.
UPDATE catalog_imports SET heartbeat_at = CASE
  WHEN state IN ('queued', 'running') THEN now()
  ELSE COALESCE(finished_at, started_at, created_at)
END;
