import { describe, expect, it } from 'vitest';
import { anchorFaults } from './anchor-check';
import {
  type CheckpointStatement,
  checkSignedCheckpoint,
  firstPreviousHash,
  parseStatement,
  statementText,
} from './checkpoint-statement';

const statement: CheckpointStatement = {
  format: 'nguon-checkpoint/1',
  seq: 1,
  issuedAt: '2026-12-05T10:00:00.000Z',
  previous: firstPreviousHash,
  lotCount: 2,
  root: 'a'.repeat(64),
  keyId: '0123456789abcdef',
};
const text = statementText(statement);

describe('checkpoint statements', () => {
  it('round-trips the canonical text', () => {
    expect(text.startsWith('{"format":"nguon-checkpoint/1","issuedAt":')).toBe(true);
    expect(parseStatement(text)).toEqual({ ok: true, statement });
  });

  it.each([
    ['not JSON', '{'],
    ['not a JSON object', '[]'],
    ['unexpected fields', statementText({ ...statement, extra: 1 } as CheckpointStatement)],
    ['seq is not a positive integer', statementText({ ...statement, seq: 0 })],
    ['root is not a hash', statementText({ ...statement, root: 'A'.repeat(64) })],
    ['the text is not canonical JSON', JSON.stringify(statement, null, 1)],
  ])('refuses a statement: %s', (why, bad) => {
    expect(parseStatement(bad)).toEqual({ ok: false, why });
  });

  it('accepts only a signature the verifier accepts, by the expected key', () => {
    const verify = (t: string, s: string) => t === text && s === 'good';
    expect(checkSignedCheckpoint({ statement: text, signature: 'good' }, statement.keyId, verify).ok).toBe(
      true,
    );
    expect(
      checkSignedCheckpoint({ statement: text, signature: 'bad' }, statement.keyId, verify),
    ).toMatchObject({
      ok: false,
      kind: 'bad_signature',
    });
    expect(
      checkSignedCheckpoint({ statement: text, signature: 'good' }, 'f'.repeat(16), verify),
    ).toMatchObject({
      ok: false,
      kind: 'other_key',
    });
  });
});

describe('anchored heads against the lots now', () => {
  const leaves = [
    { lotId: 'a', recordCount: 2, headHash: '2'.repeat(64) },
    { lotId: 'b', recordCount: 2, headHash: '2'.repeat(64) },
    { lotId: 'c', recordCount: 2, headHash: '2'.repeat(64) },
    { lotId: 'd', recordCount: 2, headHash: '2'.repeat(64) },
    { lotId: 'e', recordCount: 0, headHash: '0'.repeat(64) },
  ];
  const hashes =
    (...list: string[]) =>
    (seq: number) =>
      list[seq - 1];
  const now = new Map([
    ['a', { recordCount: 3, hashAt: hashes('1'.repeat(64), '2'.repeat(64), '3'.repeat(64)) }],
    ['b', { recordCount: 1, hashAt: hashes('1'.repeat(64)) }],
    ['c', { recordCount: 2, hashAt: hashes('1'.repeat(64), '9'.repeat(64)) }],
    ['e', { recordCount: 1, hashAt: hashes('1'.repeat(64)) }],
  ]);
  it('names each lot rewound, rewritten or gone, and lets one that only grew pass', () => {
    expect(anchorFaults(leaves, (id) => now.get(id)).map((f) => [f.lotId, f.kind])).toEqual([
      ['b', 'head_rewound'],
      ['c', 'history_rewritten'],
      ['d', 'lot_missing'],
    ]);
  });
});
