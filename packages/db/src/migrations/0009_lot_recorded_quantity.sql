-- A lot's recorded quantity: what the stage that sets it (e.g. the weight at harvest) recorded, in the
-- lot's unit. Derived state: the records stay the source (and the hash chain); `quantity` stays as declared.
ALTER TABLE lots
  ADD COLUMN recorded_quantity double precision CHECK (recorded_quantity >= 0),
  -- when the work was done (the record's event time), for "recorded at harvest on <date>"
  ADD COLUMN recorded_at timestamptz(3),
  ADD COLUMN recorded_stage_id text,
  -- no foreign key: lot_records already points at lots, and derived state should not order deletions
  ADD COLUMN recorded_by_record uuid,
  ADD CONSTRAINT lots_recorded_quantity_complete CHECK (
    (recorded_quantity IS NULL) = (recorded_at IS NULL)
    AND (recorded_quantity IS NULL) = (recorded_stage_id IS NULL)
    AND (recorded_quantity IS NULL) = (recorded_by_record IS NULL)
  );
