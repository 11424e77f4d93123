import { type Static, Type } from '@sinclair/typebox';
import { Nullable, Timestamp, Uuid } from '../http/common.schemas';

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'sha-256, lower-case hex' });
const KeyId = Type.String({
  pattern: '^[0-9a-f]{16}$',
  description: 'First 16 hex of sha-256 over the raw 32-byte Ed25519 public key',
});
/** A checkpoint number in a path: digits only, no sign, no leading zero, at most 9 digits (fits int4). */
const SeqParam = Type.String({ pattern: '^[1-9][0-9]{0,8}$', description: 'Checkpoint number' });

export const CheckpointView = Type.Object(
  {
    seq: Type.Integer({ minimum: 1 }),
    issuedAt: Timestamp,
    lotCount: Type.Integer({ minimum: 0 }),
    root: Hash,
    previous: Hash,
    keyId: KeyId,
    statement: Type.String({
      description: 'The exact canonical JSON that was signed; verify over these bytes',
    }),
    signature: Type.String({ description: 'Ed25519 signature over the statement (UTF-8), base64' }),
    hash: Hash,
  },
  { additionalProperties: false },
);
export type CheckpointView = Static<typeof CheckpointView>;

export const CheckpointListQuery = Type.Object(
  {
    before: Type.Optional(SeqParam),
    limit: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9][0-9]|100)$' })),
  },
  { additionalProperties: false },
);

export const CheckpointPage = Type.Object(
  {
    items: Type.Array(CheckpointView),
    /** Pass as `before` for the next (older) page; null on the last. */
    next: Nullable(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const CheckpointSeqParams = Type.Object({ seq: SeqParam }, { additionalProperties: false });
export const CheckpointProofParams = Type.Object(
  { seq: SeqParam, lotId: Uuid },
  { additionalProperties: false },
);

export const CheckpointPublicKey = Type.Object(
  {
    keyId: KeyId,
    algorithm: Type.Literal('Ed25519'),
    publicKeyPem: Type.String({
      description: 'SubjectPublicKeyInfo PEM: keep it to check checkpoints later',
    }),
  },
  { additionalProperties: false },
);

export const MadeCheckpoint = Type.Object(
  {
    checkpoint: CheckpointView,
    created: Type.Boolean({ description: 'false: nothing changed since the latest, which is returned' }),
  },
  { additionalProperties: false },
);

export const CheckpointProof = Type.Object(
  {
    seq: Type.Integer({ minimum: 1 }),
    root: Hash,
    leaf: Type.Object(
      { lotId: Uuid, recordCount: Type.Integer({ minimum: 0 }), headHash: Hash },
      { additionalProperties: false },
    ),
    leafIndex: Type.Integer({ minimum: 0 }),
    treeSize: Type.Integer({ minimum: 1 }),
    path: Type.Array(Hash, { description: 'Sibling hashes from the leaf up (RFC 6962 audit path)' }),
  },
  { additionalProperties: false },
);
