import { describe, expect, it } from 'vitest';
import { labelRunCount, labelRunsOf, normalizeLabelRuns } from './label-runs';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';

describe('labelRunsOf', () => {
  it('joins neighbours, drops duplicates and sorts by batch then seq', () => {
    const seqs = [
      [b, 1],
      [a, 7],
      [a, 5],
      [a, 6],
      [a, 6],
      [a, 9],
      [b, 2],
    ] as const;
    expect(labelRunsOf(seqs.map(([batchId, seq]) => ({ batchId, seq })))).toEqual([
      { batchId: a, firstSeq: 5, lastSeq: 7 },
      { batchId: a, firstSeq: 9, lastSeq: 9 },
      { batchId: b, firstSeq: 1, lastSeq: 2 },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(labelRunsOf([])).toEqual([]);
  });
});

describe('normalizeLabelRuns', () => {
  it('merges overlapping and touching ranges without changing its input', () => {
    const input = [
      { batchId: a, firstSeq: 10, lastSeq: 20 },
      { batchId: a, firstSeq: 1, lastSeq: 9 },
      { batchId: a, firstSeq: 15, lastSeq: 30 },
      { batchId: a, firstSeq: 40, lastSeq: 40 },
    ];
    expect(normalizeLabelRuns(input)).toEqual([
      { batchId: a, firstSeq: 1, lastSeq: 30 },
      { batchId: a, firstSeq: 40, lastSeq: 40 },
    ]);
    expect(input[0]).toEqual({ batchId: a, firstSeq: 10, lastSeq: 20 });
    expect(labelRunCount(normalizeLabelRuns(input))).toBe(31);
  });
});
