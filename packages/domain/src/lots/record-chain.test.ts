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

  it('gives a record hashed before the canonical form was named RFC 8785 the same hash (pinned)', () => {
    const earlier: RecordContent = {
      ...content(2),
      id: '0190f5a4-0000-7000-8000-000000000001',
      lotId: '0190f5a4-0000-7000-8000-0000000000aa',
      stageKey: 'thu-hoach',
      processVersionId: '0190f5a4-0000-7000-8000-0000000000bb',
      data: {
        'khối lượng': 1250.5,
        ghiChú: 'Thu hoạch sớm 🌾 "đợt 1"\n',
        độẨm: 0.1 + 0.2,
        nhỏ: 1e-7,
        lớn: 1e21,
        '\uFFFD': 1,
        '\u{1F600}': 2,
        tags: ['a', null, true],
      },
      location: { lat: 10.0452, lon: 105.7469, accuracy: 12 },
      recordedBy: '0190f5a4-0000-7000-8000-0000000000cc',
    };
    // computed with the canonical form as it was at b1d78ae
    expect(sha256(recordHashInput(earlier, 'ab'.repeat(32)))).toBe(
      '0921377e2854515f702cc5518146321e17b3501e40bb3cda6d8bb0cb7fefd0c3',
    );
  });

  it('covers the labels a packing record bound: changing a run changes the hash, no labels hashes as before', () => {
    const plain = content(1);
    const bound = { ...plain, labels: [{ batchId: 'b1', firstSeq: 1, lastSeq: 500 }] };
    const moved = { ...plain, labels: [{ batchId: 'b1', firstSeq: 1, lastSeq: 501 }] };
    const hashOf = (record: RecordContent) => sha256(recordHashInput(record, genesisHash));
    expect(new Set([hashOf(plain), hashOf(bound), hashOf(moved)]).size).toBe(3);
    expect(recordHashInput(bound, genesisHash)).toContain(
      '"labels":[{"batchId":"b1","firstSeq":1,"lastSeq":500}]',
    );
    expect(recordHashInput(plain, genesisHash)).not.toContain('labels');
  });
});

describe('recordHashInput of job records', () => {
  it('hashes a record without jobs as it did before jobs existed (stored fixture)', () => {
    expect(sha256(recordHashInput(content(1), genesisHash))).toBe(
      'ec1049c7594d09816d845036757cece18f2b50e2708c1e164ca75534b051f873',
    );
  });

  it('covers a job, a close and waiting flags when present', () => {
    const plain = sha256(recordHashInput(content(1), genesisHash));
    const flag = {
      afterStageId: 'care',
      afterJobId: 'spray',
      afterRecordId: 'r0',
      afterEventTime: '2025-03-01T01:00:00.000Z',
      days: 7,
      firstAllowedDay: '2025-03-08',
    };
    const variants: RecordContent[] = [
      { ...content(1), job: { id: 'j1', key: 'spray' } },
      { ...content(1), job: { id: 'j1', key: 'spray_2' } },
      { ...content(1), kind: 'close', data: {}, closedBy: { kind: 'clerk' } },
      { ...content(1), kind: 'close', data: {}, closedBy: { kind: 'following', recordId: 'r9' } },
      { ...content(1), waitingFlags: [flag] },
      { ...content(1), waitingFlags: [{ ...flag, days: 8 }] },
    ];
    const hashes = new Set([plain, ...variants.map((c) => sha256(recordHashInput(c, genesisHash)))]);
    expect(hashes.size).toBe(variants.length + 1);
  });
});
