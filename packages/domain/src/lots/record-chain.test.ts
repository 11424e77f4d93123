import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainedRecord,
  genesisHash,
  type RecordContent,
  recordHashInput,
  verifyLotChain,
} from './record-chain';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function content(seq: number, data: Record<string, unknown> = { kg: seq }): RecordContent {
  return {
    id: `r${seq}`,
    lotId: 'lot',
    seq,
    kind: 'stage',
    stageId: 'harvest',
    stageKey: 'harvest',
    processVersionId: 'v1',
    data,
    eventTime: '2025-03-07T01:00:00.000Z',
    location: null,
    recordedBy: 'u1',
    recordedAt: '2025-03-07T02:00:00.000Z',
    supersedes: null,
    reason: null,
    transformation: null,
  };
}

function chainOf(count: number): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  let prevHash = genesisHash;
  for (let seq = 1; seq <= count; seq++) {
    const c = content(seq);
    const hash = sha256(recordHashInput(c, prevHash));
    records.push({ content: c, prevHash, hash });
    prevHash = hash;
  }
  return records;
}

const headOf = (records: ChainedRecord[]) => ({
  count: records.length,
  hash: records.at(-1)?.hash ?? genesisHash,
});

describe('verifyLotChain', () => {
  it('finds nothing wrong with an intact chain, or an empty one', () => {
    const records = chainOf(5);
    expect(verifyLotChain(records, headOf(records), sha256)).toEqual([]);
    expect(verifyLotChain([], { count: 0, hash: genesisHash }, sha256)).toEqual([]);
  });

  it('names a record whose data was changed, whatever the key order', () => {
    const records = chainOf(3);
    const head = headOf(records);
    records[1] = { ...records[1]!, content: content(2, { kg: 999 }) };
    expect(verifyLotChain(records, head, sha256)).toEqual([
      { recordId: 'r2', seq: 2, kind: 'content_changed' },
    ]);
    const reordered = chainOf(1).map((r) => ({
      ...r,
      content: { ...r.content, data: { ...r.content.data } },
    }));
    expect(verifyLotChain(reordered, headOf(reordered), sha256)).toEqual([]);
  });

  it('names a deleted record in the middle and a deleted last record', () => {
    const records = chainOf(4);
    const head = headOf(records);
    const middle = [records[0]!, records[2]!, records[3]!];
    expect(verifyLotChain(middle, head, sha256).map((f) => f.kind)).toEqual([
      'sequence_gap',
      'chain_broken',
      'head_mismatch',
    ]);
    expect(verifyLotChain(records.slice(0, 3), head, sha256)).toEqual([
      { recordId: null, seq: null, kind: 'head_mismatch' },
    ]);
  });

  it('names a record rehashed after a change: its successor no longer links to it', () => {
    const records = chainOf(3);
    const head = headOf(records);
    const changed = content(2, { kg: 999 });
    records[1] = {
      content: changed,
      prevHash: records[1]!.prevHash,
      hash: sha256(recordHashInput(changed, records[1]!.prevHash)),
    };
    expect(verifyLotChain(records, head, sha256)).toEqual([{ recordId: 'r3', seq: 3, kind: 'chain_broken' }]);
  });
});
