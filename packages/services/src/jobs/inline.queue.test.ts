import { describe, expect, it } from 'vitest';
import { createInlineQueue } from './inline.queue';
import { describeJobQueueContract } from './queue.contract';

describeJobQueueContract('inline', () => createInlineQueue());

describe('inline queue retention', () => {
  it('forgets finished jobs past retention, which frees their jobId', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const queue = createInlineQueue({ now: () => now });
    let calls = 0;
    queue.register('tick', async () => {
      calls += 1;
      return calls;
    });
    await queue.start();
    await queue.enqueue('tick', {}, { jobId: 'daily-report' });
    expect(await queue.waitFor('daily-report', 1000)).toMatchObject({ state: 'completed', result: 1 });
    now += 23 * 3600 * 1000;
    expect(await queue.enqueue('tick', {}, { jobId: 'daily-report' })).toMatchObject({ result: 1 });
    now += 2 * 3600 * 1000;
    await queue.enqueue('tick', {}, { jobId: 'daily-report' });
    expect(await queue.waitFor('daily-report', 1000)).toMatchObject({ state: 'completed', result: 2 });
    await queue.close();
  });
});
