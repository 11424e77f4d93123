-- Jobs within a stage (issue 16): a record may be one job of its stage; a stage with jobs is finished by a
-- 'close' record in the lot's chain; a record made inside a waiting period under "warn" carries its flags.
ALTER TABLE lot_records DROP CONSTRAINT lot_records_kind_check;
ALTER TABLE lot_records ADD CONSTRAINT lot_records_kind_check
  CHECK (kind IN ('stage', 'transformation', 'close'));
-- The job's stable id and its key as they were when recorded (a later version may rename the key).
ALTER TABLE lot_records ADD COLUMN job_id text CHECK (length(job_id) BETWEEN 1 AND 64);
ALTER TABLE lot_records ADD COLUMN job_key text CHECK (length(job_key) BETWEEN 1 AND 64);
ALTER TABLE lot_records ADD CONSTRAINT lot_records_job_pair CHECK ((job_id IS NULL) = (job_key IS NULL));
ALTER TABLE lot_records ADD CONSTRAINT lot_records_job_kind CHECK (job_id IS NULL OR kind = 'stage');
-- close records only: {"kind":"clerk"} or {"kind":"following","recordId":"..."}.
ALTER TABLE lot_records ADD COLUMN closed_by jsonb;
ALTER TABLE lot_records ADD CONSTRAINT lot_records_closed_by_kind CHECK ((closed_by IS NULL) = (kind <> 'close'));
-- Waiting periods broken under "warn", as the record's hash covers them; NULL when none.
ALTER TABLE lot_records ADD COLUMN waiting_flags jsonb;
-- The waiting-period check reads a lot's latest record of one job.
CREATE INDEX lot_records_lot_job_idx ON lot_records (lot_id, job_id, event_time DESC) WHERE job_id IS NOT NULL;
