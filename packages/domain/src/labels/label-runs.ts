/** Print sequence numbers seq..seq of one batch: how activations and voids are stored, answered and hashed. */
export interface LabelRun {
  batchId: string;
  firstSeq: number;
  lastSeq: number;
}

/** How many labels the runs hold. */
export function labelRunCount(runs: readonly LabelRun[]): number {
  return runs.reduce((sum, run) => sum + run.lastSeq - run.firstSeq + 1, 0);
}

const byBatchThenSeq = (a: LabelRun, b: LabelRun) =>
  a.batchId < b.batchId ? -1 : a.batchId > b.batchId ? 1 : a.firstSeq - b.firstSeq;

/**
 * The normal form of a selection: runs sorted by batch id then first seq, overlapping or touching runs merged,
 * so one set of labels has one form (a record's hash covers it) and each run becomes one event row.
 */
export function normalizeLabelRuns(runs: readonly LabelRun[]): LabelRun[] {
  const sorted = [...runs].sort(byBatchThenSeq);
  const merged: LabelRun[] = [];
  for (const run of sorted) {
    const last = merged.at(-1);
    if (last && last.batchId === run.batchId && run.firstSeq <= last.lastSeq + 1) {
      last.lastSeq = Math.max(last.lastSeq, run.lastSeq);
    } else merged.push({ ...run });
  }
  return merged;
}

/** The runs of single labels (a scanned or typed list): duplicates collapse, neighbours join. */
export function labelRunsOf(labels: Iterable<{ batchId: string; seq: number }>): LabelRun[] {
  const runs: LabelRun[] = [];
  for (const { batchId, seq } of labels) runs.push({ batchId, firstSeq: seq, lastSeq: seq });
  return normalizeLabelRuns(runs);
}
