import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createBullmqQueue } from './bullmq.queue';
import { describeJobQueueContract } from './queue.contract';
import type { JobQueue } from './queue.port';
import { redisSuiteGate } from './redis-probe';

const gate = await redisSuiteGate('BullMQ suite');
const run = `test-jobs-${randomBytes(4).toString('hex')}`;
const prefixes = new WeakMap<JobQueue, string>();
let made = 0;

/** Every queue gets its own key prefix: runs and tests never share a job. */
function makeQueue(): JobQueue {
  made += 1;
  const prefix = `${run}-${made}`;
  const queue = createBullmqQueue({ connection: gate.url, prefix });
  prefixes.set(queue, prefix);
  return queue;
}

async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    }
  } finally {
    redis.disconnect();
  }
}

if (gate.mode === 'skip') {
  console.warn(gate.message);
  describe.skip('BullMQ job queue (Redis not reachable)', () => {
    it('runs the job queue contract', () => {});
  });
} else if (gate.mode === 'fail') {
  describe('BullMQ job queue', () => {
    it('needs Redis', () => {
      throw new Error(gate.message);
    });
  });
} else {
  afterAll(() => deleteKeys(gate.url, `${run}-*`));

  describeJobQueueContract('bullmq', makeQueue, {
    reopen: (closed) =>
      createBullmqQueue({ connection: gate.url, prefix: prefixes.get(closed) ?? run, role: 'producer' }),
  });

  describe('bullmq queue specifics', () => {
    it('refuses to register processors in the producer role', async () => {
      const queue = createBullmqQueue({ connection: gate.url, prefix: `${run}-producer`, role: 'producer' });
      expect(() => queue.register('anything', async () => null)).toThrow(/producer/);
      await queue.close();
    });

    it('cancels a job running in another process (its own queue instance)', async () => {
      const prefix = `${run}-remote`;
      const worker = createBullmqQueue({ connection: gate.url, prefix, role: 'worker' });
      const api = createBullmqQueue({ connection: gate.url, prefix, role: 'producer' });
      let started = () => {};
      const running = new Promise<void>((resolve) => {
        started = resolve;
      });
      worker.register('export', async ({ signal }) => {
        started();
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
        throw signal.reason;
      });
      await worker.start();
      try {
        const job = await api.enqueue('export', {}, { attempts: 3 });
        await running;
        expect(await api.cancel(job.id)).toBe(true);
        expect(await api.waitFor(job.id, 10_000)).toMatchObject({ state: 'cancelled', attemptsMade: 1 });
      } finally {
        await Promise.all([worker.close(), api.close()]);
      }
    });

    it('answers ping while open, and cleans its keys under its own prefix only', async () => {
      const queue = makeQueue();
      expect(await queue.ping()).toBe(true);
      await queue.enqueue('noop', {});
      const redis = new Redis(gate.url);
      const keys = await redis.keys(`${prefixes.get(queue)}:*`);
      redis.disconnect();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((key) => key.startsWith(`${prefixes.get(queue)}:`))).toBe(true);
      await queue.close();
    });
  });
}
