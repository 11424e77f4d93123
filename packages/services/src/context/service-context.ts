import type { SignUpMode } from '@nguon/contracts';
import type { Db, DriverName } from '@nguon/db';
import type { FileStore } from '../file-store/file-store.port';
import type { JobQueue } from '../jobs/queue.port';
import type { PublicChanges } from '../public-changes/public-changes.port';
import type { Sources } from '../sources/system-sources';
import type { CheckpointKey } from './checkpoint-signer';

export interface ServiceConfig {
  /** Keys the hash of session ids; rotating it signs everyone out. */
  sessionSecret: string;
  /** Where people and labels reach this platform, e.g. https://nguon.example.vn */
  publicBaseUrl: string;
  /** Sliding: a session unused this long expires. */
  sessionTtlMs: number;
  /** Absolute: a session this old expires however busy (SESSION_MAX_AGE_DAYS). */
  sessionMaxAgeMs: number;
  setPasswordCodeTtlMs: number;
  /** SIGNUP: whether new enterprises and co-ops sign up themselves, wait for an admin's approval, or cannot. */
  signUpMode: SignUpMode;
  /** Signs checkpoints; kept outside the database. Null: checkpoints are off (server mode without a key). */
  checkpointKey: CheckpointKey | null;
  /** A storing catalog import of more CSV rows than this runs as a job (default 5,000). */
  backgroundImportRows?: number;
  /** Rounds of lock-and-walk a recall's publish takes before it gives up as RECALL_GENEALOGY_MOVING (default 10). */
  recallPublishRounds?: number;
}

// Below the ports (the queue and file-store adapters default to systemSources); features see it here.
export type { Sources };

/** Everything a service function needs besides its input and principal; clock and randomness are injectable. */
export interface ServiceContext extends Sources {
  db: Db;
  driver: DriverName;
  queue: JobQueue;
  /** Uploaded files' bytes; their rows are in the database. */
  files: FileStore;
  /** What writes changed on public pages, for every process's trace caches; writers use announcePublicChanges. */
  publicChanges: PublicChanges;
  config: ServiceConfig;
}

export const defaultServiceConfig = {
  sessionTtlMs: 14 * 24 * 3600 * 1000,
  sessionMaxAgeMs: 30 * 24 * 3600 * 1000,
  setPasswordCodeTtlMs: 7 * 24 * 3600 * 1000,
  signUpMode: 'open',
  checkpointKey: null,
} as const;
