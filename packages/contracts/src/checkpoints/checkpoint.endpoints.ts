import type { SharedErrorCode } from '../errors/shared.errors';
import type { EndpointSpec } from '../http/endpoint';
import type { CheckpointErrorCode } from './checkpoint.errors';
import {
  CheckpointListQuery,
  CheckpointPage,
  CheckpointProof,
  CheckpointProofParams,
  CheckpointPublicKey,
  CheckpointSeqParams,
  CheckpointView,
  MadeCheckpoint,
} from './checkpoint.schemas';

/**
 * Signed checkpoints: a Merkle root over every lot's chain head. Published without sign-in so anyone can keep
 * copies; a lot's inclusion proof only to its own tenant (lot ids are not public). Mounted in this order:
 * the fixed paths before /{seq}.
 */
export const checkpointEndpoints = {
  listCheckpoints: {
    method: 'get',
    path: '/api/v1/checkpoints',
    tag: 'checkpoints',
    summary: 'Signed checkpoints, newest first (public)',
    access: 'public',
    status: 200,
    query: CheckpointListQuery,
    response: CheckpointPage,
  },
  latestCheckpoint: {
    method: 'get',
    path: '/api/v1/checkpoints/latest',
    tag: 'checkpoints',
    summary: 'The latest signed checkpoint (public)',
    access: 'public',
    status: 200,
    response: CheckpointView,
  },
  checkpointPublicKey: {
    method: 'get',
    path: '/api/v1/checkpoints/public-key',
    tag: 'checkpoints',
    summary: 'The Ed25519 public key checkpoints are signed with, and its id (public)',
    access: 'public',
    status: 200,
    response: CheckpointPublicKey,
    errors: ['CHECKPOINTS_OFF'],
  },
  getCheckpoint: {
    method: 'get',
    path: '/api/v1/checkpoints/{seq}',
    tag: 'checkpoints',
    summary: 'One signed checkpoint: statement, signature, key id; immutable (public)',
    access: 'public',
    status: 200,
    params: CheckpointSeqParams,
    response: CheckpointView,
  },
  checkpointProof: {
    method: 'get',
    path: '/api/v1/checkpoints/{seq}/proof/{lotId}',
    tag: 'checkpoints',
    summary: "The proof that a checkpoint anchored one of the tenant's lots at its head then",
    access: 'tenant',
    status: 200,
    params: CheckpointProofParams,
    response: CheckpointProof,
  },
  makeCheckpoint: {
    method: 'post',
    path: '/api/v1/checkpoints',
    tag: 'checkpoints',
    summary: 'Anchor every lot now; returns the latest when nothing changed (platform admin)',
    access: 'admin',
    status: 200,
    response: MadeCheckpoint,
    idempotent: true,
    errors: ['CHECKPOINTS_OFF'],
  },
} as const satisfies Record<string, EndpointSpec<CheckpointErrorCode | SharedErrorCode>>;
