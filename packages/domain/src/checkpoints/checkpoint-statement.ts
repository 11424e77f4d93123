import { canonicalJson } from '../canonical/canonical-json';

export const checkpointFormat = 'nguon-checkpoint/1';

/** The hash the first checkpoint chains to. */
export const firstPreviousHash = '0'.repeat(64);

/** What a checkpoint signs: its place in the checkpoint chain and the Merkle root over every lot's head. */
export interface CheckpointStatement {
  format: typeof checkpointFormat;
  seq: number;
  /** ISO 8601 UTC with milliseconds. */
  issuedAt: string;
  /** sha-256 (hex) of the previous checkpoint's statement text; zeros for the first. */
  previous: string;
  lotCount: number;
  root: string;
  /** The signing key's id: the first 16 hex of sha-256 over the raw 32-byte Ed25519 public key. */
  keyId: string;
}

/** A statement as published: its exact canonical text and the Ed25519 signature over it (base64). */
export interface SignedCheckpoint {
  statement: string;
  signature: string;
}

/** The exact text that is signed and hashed. */
export const statementText = (statement: CheckpointStatement): string => canonicalJson(statement);

const hex64 = /^[0-9a-f]{64}$/;
const isoUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const fields = ['format', 'seq', 'issuedAt', 'previous', 'lotCount', 'root', 'keyId'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a statement text is not a well-formed, canonical checkpoint statement; null when it is. */
function statementProblem(value: Record<string, unknown>, text: string): string | null {
  const keys = Object.keys(value);
  if (keys.length !== fields.length || !fields.every((f) => keys.includes(f))) return 'unexpected fields';
  if (value.format !== checkpointFormat) return `format is not ${checkpointFormat}`;
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < 1) return 'seq is not a positive integer';
  if (!Number.isSafeInteger(value.lotCount) || (value.lotCount as number) < 0)
    return 'lotCount is not a count';
  if (typeof value.issuedAt !== 'string' || !isoUtc.test(value.issuedAt)) return 'issuedAt is not ISO UTC';
  if (typeof value.previous !== 'string' || !hex64.test(value.previous)) return 'previous is not a hash';
  if (typeof value.root !== 'string' || !hex64.test(value.root)) return 'root is not a hash';
  if (typeof value.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(value.keyId)) return 'keyId is not 16 hex';
  if (canonicalJson(value) !== text) return 'the text is not canonical JSON';
  return null;
}

/** Reads a statement text (from a file, a row, an HTTP answer): the statement, or why it is not one. */
export function parseStatement(
  text: string,
): { ok: true; statement: CheckpointStatement } | { ok: false; why: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, why: 'not JSON' };
  }
  if (!isRecord(value)) return { ok: false, why: 'not a JSON object' };
  const why = statementProblem(value, text);
  if (why !== null) return { ok: false, why };
  // Every field was checked just above.
  return { ok: true, statement: value as unknown as CheckpointStatement };
}

export type CheckpointCheck =
  | { ok: true; statement: CheckpointStatement }
  | { ok: false; kind: 'malformed' | 'bad_signature' | 'other_key'; why: string };

/**
 * Checks a signed checkpoint: a well-formed statement, made by the key with `keyId`, whose signature `verify`
 * (Ed25519 with the public key, done by the caller) accepts over the exact statement text.
 */
export function checkSignedCheckpoint(
  signed: SignedCheckpoint,
  keyId: string,
  verify: (text: string, signature: string) => boolean,
): CheckpointCheck {
  const parsed = parseStatement(signed.statement);
  if (!parsed.ok) return { ok: false, kind: 'malformed', why: parsed.why };
  if (parsed.statement.keyId !== keyId)
    return { ok: false, kind: 'other_key', why: `signed by key ${parsed.statement.keyId}, not ${keyId}` };
  if (!verify(signed.statement, signed.signature))
    return { ok: false, kind: 'bad_signature', why: 'the signature does not match the statement' };
  return parsed;
}
