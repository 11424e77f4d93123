import type { Redis } from 'ioredis';
import { jobRetention } from './job-rules';

/** Kept a day longer than the longest retention, so an index entry never outlives its reason. */
const INDEX_TTL_SECONDS = Math.ceil(jobRetention.failedMs / 1000) + 24 * 3600;

// Atomic claim of an id: the first enqueue fixes which queue (job name) the id belongs to.
const CLAIM_SCRIPT = `
local created = redis.call('HSETNX', KEYS[1], 'name', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return {created, redis.call('HGET', KEYS[1], 'name')}
`;

export interface JobIndexEntry {
  /** The job name, which is also the BullMQ queue holding the job. */
  name: string;
  cancelRequested: boolean;
  /** Set when a job was cancelled before it ran to the end and BullMQ no longer holds it. */
  tombstone?: { attemptsMade: number; progress: number };
}

/**
 * Redis hash per job id, beside BullMQ's keys: finds a job's queue from its id alone, carries
 * cancel requests to workers, and remembers jobs cancelled while waiting (BullMQ removes those).
 */
export class JobIndex {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Job names start with a letter, so '_nguon' can never clash with a BullMQ queue's keys. */
  key(id: string): string {
    return `${this.prefix}:_nguon:job:${id}`;
  }

  get cancelChannel(): string {
    return `${this.prefix}:_nguon:cancel`;
  }

  async claim(id: string, name: string): Promise<{ created: boolean; name: string }> {
    const reply = await this.redis.eval(CLAIM_SCRIPT, 1, this.key(id), name, INDEX_TTL_SECONDS);
    if (!Array.isArray(reply) || typeof reply[1] !== 'string')
      throw new Error(`unexpected claim reply for ${id}`);
    return { created: reply[0] === 1, name: reply[1] };
  }

  async read(id: string): Promise<JobIndexEntry | null> {
    const fields = await this.redis.hgetall(this.key(id));
    if (!fields.name) return null;
    const entry: JobIndexEntry = { name: fields.name, cancelRequested: fields.cancel === '1' };
    if (fields.state === 'cancelled') {
      entry.tombstone = {
        attemptsMade: Number(fields.attemptsMade ?? 0),
        progress: Number(fields.progress ?? 0),
      };
    }
    return entry;
  }

  async isCancelRequested(id: string): Promise<boolean> {
    return (await this.redis.hget(this.key(id), 'cancel')) === '1';
  }

  async requestCancel(id: string): Promise<void> {
    await this.redis.hset(this.key(id), 'cancel', '1');
  }

  async writeTombstone(id: string, attemptsMade: number, progress: number): Promise<void> {
    await this.redis.hset(this.key(id), { state: 'cancelled', attemptsMade, progress });
  }

  async dropTombstone(id: string): Promise<void> {
    await this.redis.hdel(this.key(id), 'state', 'attemptsMade', 'progress');
  }
}
