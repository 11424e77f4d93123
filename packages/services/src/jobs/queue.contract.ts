import { afterEach, describe, expect, it } from 'vitest';
import {
  JobCancelledError,
  type JobEvent,
  type JobQueue,
  JobQueueClosedError,
  JobWaitTimeoutError,
  UnrecoverableJobError,
} from './queue.port';
import { withPayload } from './with-payload';

export interface JobQueueContractOptions {
  /** A queue over the same store as `closed`, to read its jobs after close (default: `closed` itself). */
  reopen?: (closed: JobQueue) => JobQueue;
}

const WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });

function parseCount(payload: unknown): number {
  if (typeof payload === 'object' && payload !== null && 'n' in payload && typeof payload.n === 'number') {
    return payload.n;
  }
  throw new Error('/n must be a number');
}

function recordEvents(queue: JobQueue): (id: string) => JobEvent[] {
  const events: JobEvent[] = [];
  queue.onEvent((event) => events.push(event));
  return (id) => events.filter((event) => event.id === id);
}

/** One behaviour suite for every JobQueue adapter (STYLE 11): both must pass it unchanged. */
export function describeJobQueueContract(
  name: string,
  makeQueue: () => JobQueue,
  options: JobQueueContractOptions = {},
): void {
  describe(`job queue contract: ${name}`, () => {
    const opened: JobQueue[] = [];
    const fresh = () => {
      const queue = makeQueue();
      opened.push(queue);
      return queue;
    };
    const reopen = (closed: JobQueue) => {
      const queue = options.reopen?.(closed) ?? closed;
      if (queue !== closed) opened.push(queue);
      return queue;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((queue) => queue.close()));
    });

    it('runs a job and keeps its result', async () => {
      const queue = fresh();
      queue.register(
        'double',
        withPayload(parseCount, async ({ payload }) => ({ doubled: payload * 2 })),
      );
      await queue.start();
      const job = await queue.enqueue('double', { n: 21 });
      expect(job.name).toBe('double');
      const done = await queue.waitFor(job.id, WAIT_MS);
      expect(done).toEqual({
        id: job.id,
        name: 'double',
        state: 'completed',
        progress: 0,
        attemptsMade: 1,
        result: { doubled: 42 },
      });
      expect(await queue.get(job.id)).toEqual(done);
      expect(await queue.get('no-such-job')).toBeNull();
      expect(await queue.ping()).toBe(true);
    });

    it('runs at most `concurrency` jobs of one name at a time', async () => {
      const queue = fresh();
      let active = 0;
      let peak = 0;
      queue.register(
        'parallel',
        async () => {
          active += 1;
          peak = Math.max(peak, active);
          await sleep(60);
          active -= 1;
          return null;
        },
        { concurrency: 2 },
      );
      await queue.start();
      const jobs = await Promise.all([1, 2, 3, 4, 5].map((n) => queue.enqueue('parallel', { n })));
      const done = await Promise.all(jobs.map((job) => queue.waitFor(job.id, WAIT_MS)));
      expect(done.map((job) => job.state)).toEqual(Array(5).fill('completed'));
      expect(peak).toBe(2);
    });

    it('emits progress events in order, then completion', async () => {
      const queue = fresh();
      const eventsOf = recordEvents(queue);
      queue.register('count', async ({ reportProgress }) => {
        for (const percent of [10, 50, 100]) await reportProgress(percent);
        return 'counted';
      });
      await queue.start();
      const job = await queue.enqueue('count', {});
      expect(await queue.waitFor(job.id, WAIT_MS)).toMatchObject({ state: 'completed', progress: 100 });
      await expect.poll(() => eventsOf(job.id).length).toBe(4);
      expect(eventsOf(job.id)).toEqual([
        { type: 'progress', id: job.id, name: 'count', progress: 10 },
        { type: 'progress', id: job.id, name: 'count', progress: 50 },
        { type: 'progress', id: job.id, name: 'count', progress: 100 },
        { type: 'completed', id: job.id, name: 'count', result: 'counted' },
      ]);
    });

    it('retries with exponential backoff, then succeeds', async () => {
      const queue = fresh();
      const eventsOf = recordEvents(queue);
      const runs: Array<{ attempt: number; at: number }> = [];
      queue.register('flaky', async ({ attempt }) => {
        runs.push({ attempt, at: performance.now() });
        if (attempt < 3) throw new Error(`flaky ${attempt}`);
        return { attempt };
      });
      await queue.start();
      const job = await queue.enqueue('flaky', {}, { attempts: 3, backoffMs: 40 });
      const done = await queue.waitFor(job.id, WAIT_MS);
      expect(done).toMatchObject({ state: 'completed', attemptsMade: 3, result: { attempt: 3 } });
      expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
      const [first, second, third] = runs.map((run) => run.at);
      // Lower bounds only (timers may fire late, never early): 40 ms, then 80 ms.
      expect(Number(second) - Number(first)).toBeGreaterThanOrEqual(35);
      expect(Number(third) - Number(second)).toBeGreaterThanOrEqual(75);
      await expect.poll(() => eventsOf(job.id).length).toBe(3);
      expect(eventsOf(job.id).filter((event) => event.type === 'failed')).toEqual([
        { type: 'failed', id: job.id, name: 'flaky', reason: 'flaky 1', willRetry: true },
        { type: 'failed', id: job.id, name: 'flaky', reason: 'flaky 2', willRetry: true },
      ]);
    });

    it('fails for good once its attempts are used up', async () => {
      const queue = fresh();
      const eventsOf = recordEvents(queue);
      let calls = 0;
      queue.register('doomed', async () => {
        calls += 1;
        throw new Error('printer offline');
      });
      await queue.start();
      const job = await queue.enqueue('doomed', {}, { attempts: 2, backoffMs: 10 });
      const done = await queue.waitFor(job.id, WAIT_MS);
      expect(done).toEqual({
        id: job.id,
        name: 'doomed',
        state: 'failed',
        progress: 0,
        attemptsMade: 2,
        failedReason: 'printer offline',
      });
      expect(calls).toBe(2);
      await expect.poll(() => eventsOf(job.id).length).toBe(2);
      expect(eventsOf(job.id).map((event) => event.type === 'failed' && event.willRetry)).toEqual([
        true,
        false,
      ]);
    });

    it('fails at once, without retry, on UnrecoverableJobError and on a payload that does not parse', async () => {
      const queue = fresh();
      let calls = 0;
      queue.register('strict', async () => {
        calls += 1;
        throw new UnrecoverableJobError('label range is empty');
      });
      queue.register(
        'typed',
        withPayload(parseCount, async ({ payload }) => payload),
      );
      await queue.start();
      const strict = await queue.enqueue('strict', {}, { attempts: 5, backoffMs: 10 });
      const typed = await queue.enqueue('typed', { n: 'many' }, { attempts: 5, backoffMs: 10 });
      expect(await queue.waitFor(strict.id, WAIT_MS)).toMatchObject({
        state: 'failed',
        attemptsMade: 1,
        failedReason: 'label range is empty',
      });
      expect(await queue.waitFor(typed.id, WAIT_MS)).toMatchObject({
        state: 'failed',
        attemptsMade: 1,
        failedReason: 'invalid payload for typed: /n must be a number',
      });
      expect(calls).toBe(1);
    });

    it('keeps one job per jobId, before, during and after it runs', async () => {
      const queue = fresh();
      let calls = 0;
      queue.register(
        'once',
        withPayload(parseCount, async ({ payload }) => {
          calls += 1;
          await sleep(50);
          return payload;
        }),
      );
      await queue.start();
      const [a, b] = await Promise.all([
        queue.enqueue('once', { n: 1 }, { jobId: 'label-batch-7' }),
        queue.enqueue('once', { n: 2 }, { jobId: 'label-batch-7' }),
      ]);
      expect([a.id, b.id]).toEqual(['label-batch-7', 'label-batch-7']);
      const done = await queue.waitFor('label-batch-7', WAIT_MS);
      expect(done.state).toBe('completed');
      const again = await queue.enqueue('once', { n: 3 }, { jobId: 'label-batch-7' });
      expect(again).toEqual(done);
      await sleep(100);
      expect(calls).toBe(1);
    });

    it('cancels a waiting job: it never runs', async () => {
      const queue = fresh();
      const eventsOf = recordEvents(queue);
      const started = deferred();
      const release = deferred();
      const ran: string[] = [];
      queue.register('serial', async ({ id }) => {
        ran.push(id);
        started.resolve();
        await release.promise;
        return null;
      });
      await queue.start();
      const first = await queue.enqueue('serial', {});
      await started.promise;
      const second = await queue.enqueue('serial', {}, { jobId: 'second-in-line' });
      expect((await queue.get(second.id))?.state).toBe('waiting');
      expect(await queue.cancel(second.id)).toBe(true);
      expect(await queue.get(second.id)).toEqual({
        id: second.id,
        name: 'serial',
        state: 'cancelled',
        progress: 0,
        attemptsMade: 0,
      });
      release.resolve();
      expect((await queue.waitFor(first.id, WAIT_MS)).state).toBe('completed');
      expect((await queue.waitFor(second.id, WAIT_MS)).state).toBe('cancelled');
      await expect
        .poll(() => eventsOf(second.id))
        .toEqual([{ type: 'cancelled', id: second.id, name: 'serial' }]);
      await sleep(50);
      expect(ran).toEqual([first.id]);
      // Its jobId stays taken: enqueueing it again returns the cancelled job, it does not run it.
      expect((await queue.enqueue('serial', {}, { jobId: 'second-in-line' })).state).toBe('cancelled');
      expect(await queue.cancel(second.id)).toBe(false);
      expect(await queue.cancel(first.id)).toBe(false);
      expect(await queue.cancel('no-such-job')).toBe(false);
    });

    it('cancels an active job: its signal aborts, it ends cancelled and is not retried', async () => {
      const queue = fresh();
      const eventsOf = recordEvents(queue);
      const started = deferred();
      const seen: Array<{ aborted: boolean; reason: unknown }> = [];
      queue.register('long', async ({ signal }) => {
        started.resolve();
        await aborted(signal);
        seen.push({ aborted: signal.aborted, reason: signal.reason });
        throw signal.reason;
      });
      await queue.start();
      const job = await queue.enqueue('long', {}, { attempts: 3, backoffMs: 10 });
      await started.promise;
      expect(await queue.cancel(job.id)).toBe(true);
      const done = await queue.waitFor(job.id, WAIT_MS);
      expect(done).toEqual({ id: job.id, name: 'long', state: 'cancelled', progress: 0, attemptsMade: 1 });
      await expect.poll(() => eventsOf(job.id)).toEqual([{ type: 'cancelled', id: job.id, name: 'long' }]);
      await sleep(100);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.aborted).toBe(true);
      expect(seen[0]?.reason).toBeInstanceOf(JobCancelledError);
      expect(await queue.cancel(job.id)).toBe(false);
    });

    it('stops a cancelled processor at its next reportProgress, and drops what it returns', async () => {
      const queue = fresh();
      const started = deferred();
      let reports = 0;
      queue.register('ticker', async ({ reportProgress }) => {
        started.resolve();
        for (let percent = 1; percent <= 100; percent += 1) {
          await reportProgress(percent);
          reports += 1;
          await sleep(20);
        }
        return 'finished anyway';
      });
      await queue.start();
      const job = await queue.enqueue('ticker', {});
      await started.promise;
      expect(await queue.cancel(job.id)).toBe(true);
      const done = await queue.waitFor(job.id, WAIT_MS);
      expect(done.state).toBe('cancelled');
      expect(done.result).toBeUndefined();
      expect(reports).toBeLessThan(50);
    });

    it('close() waits for the job in flight to finish', async () => {
      const queue = fresh();
      const started = deferred();
      let finishedAt = 0;
      let abortedDuringClose = false;
      queue.register('report', async ({ signal }) => {
        started.resolve();
        await sleep(150);
        abortedDuringClose = signal.aborted;
        finishedAt = performance.now();
        return 'printed';
      });
      await queue.start();
      const job = await queue.enqueue('report', {});
      await started.promise;
      await queue.close();
      const closedAt = performance.now();
      expect(finishedAt).toBeGreaterThan(0);
      expect(closedAt).toBeGreaterThanOrEqual(finishedAt);
      expect(abortedDuringClose).toBe(false);
      expect(await reopen(queue).get(job.id)).toMatchObject({ state: 'completed', result: 'printed' });
    });

    it('refuses to enqueue after close()', async () => {
      const queue = fresh();
      queue.register('late', async () => null);
      await queue.start();
      await queue.close();
      await expect(queue.enqueue('late', {})).rejects.toBeInstanceOf(JobQueueClosedError);
      await expect(queue.enqueue('late', {})).rejects.toThrow(/closed/);
      await expect(queue.cancel('any-job')).rejects.toBeInstanceOf(JobQueueClosedError);
      await expect(queue.waitFor('any-job', 50)).rejects.toBeInstanceOf(JobQueueClosedError);
    });

    it('rejects a wait that times out, and a wait on an unknown job', async () => {
      const queue = fresh();
      await queue.start();
      // No processor for this name here: it stays waiting.
      const job = await queue.enqueue('unclaimed', {});
      await expect(queue.waitFor(job.id, 50)).rejects.toBeInstanceOf(JobWaitTimeoutError);
      await expect(queue.waitFor('no-such-job', 50)).rejects.toThrow(/unknown job/);
    });

    it('refuses bad names, bad ids and late registration', async () => {
      const queue = fresh();
      await expect(queue.enqueue('has space', {})).rejects.toThrow(/invalid job name/);
      await expect(queue.enqueue('ok', {}, { jobId: 'a:b' })).rejects.toThrow(/invalid jobId/);
      await expect(queue.enqueue('ok', {}, { jobId: '42' })).rejects.toThrow(/invalid jobId/);
      await expect(queue.enqueue('ok', {}, { attempts: 0 })).rejects.toThrow(/attempts/);
      await queue.start();
      expect(() => queue.register('late', async () => null)).toThrow(/before start/);
    });
  });
}
