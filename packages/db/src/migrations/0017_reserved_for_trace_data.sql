-- Placeholder: number 0017 belongs to the trace-data work (issue 14) merged beside this branch; the migrator
-- wants no gaps, so this empty step stands in for it until then. Delete this file when 0017 lands.
SELECT 1;
