import { Writable } from 'node:stream';
import { createInlineQueue } from '@nguon/services';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LoggedJobQueue } from './job-logging';

function capturedLogger() {
  const lines: Array<{ msg: string; level: number; job?: { id: string; name: string; attempt: number } }> =
    [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('LoggedJobQueue', () => {
  it('logs each attempt this process runs: start, failure, then completion', async () => {
    const { logger, lines } = capturedLogger();
    const queue = new LoggedJobQueue(createInlineQueue(), logger);
    queue.register('labels.print', async ({ attempt }) => {
      if (attempt === 1) throw new Error('printer busy');
      return 'printed';
    });
    await queue.start();
    const job = await queue.enqueue('labels.print', {}, { attempts: 2, backoffMs: 5 });
    expect((await queue.waitFor(job.id, 2000)).state).toBe('completed');
    await queue.close();
    expect(lines.map((line) => [line.msg, line.job?.attempt])).toEqual([
      ['job started', 1],
      ['job attempt failed', 1],
      ['job started', 2],
      ['job completed', 2],
    ]);
    expect(lines.every((line) => line.job?.id === job.id && line.job.name === 'labels.print')).toBe(true);
  });

  it('logs a cancelled job as cancelled, not as a failure', async () => {
    const { logger, lines } = capturedLogger();
    const queue = new LoggedJobQueue(createInlineQueue(), logger);
    let started = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    queue.register('export', async ({ signal }) => {
      started();
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      throw signal.reason;
    });
    await queue.start();
    const job = await queue.enqueue('export', {});
    await running;
    await queue.cancel(job.id);
    expect((await queue.waitFor(job.id, 2000)).state).toBe('cancelled');
    await queue.close();
    expect(lines.map((line) => line.msg)).toEqual(['job started', 'job cancelled']);
  });
});
