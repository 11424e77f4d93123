import { describe, expect, it } from 'vitest';
import { jobWaitStallMs } from '../jobs/job-stall';
import {
  labelBatchCancellable,
  labelBatchRetryable,
  labelBatchRetryWork,
  labelBatchStalled,
  labelBatchStallMs,
  labelBatchStates,
  labelTransition,
} from './label-states';

describe('labelTransition', () => {
  it.each([
    ['generated', 'activate', { ok: true, to: 'activated' }],
    ['generated', 'void', { ok: true, to: 'voided' }],
    ['activated', 'void', { ok: true, to: 'voided' }],
    ['activated', 'activate', { ok: false, fault: 'already_active' }],
    ['voided', 'activate', { ok: false, fault: 'voided' }],
    ['voided', 'void', { ok: false, fault: 'voided' }],
  ] as const)('%s + %s', (state, action, result) => {
    expect(labelTransition(state, action)).toEqual(result);
  });
});

describe('label batch states', () => {
  it.each(labelBatchStates.map((state) => [state]))('%s', (state) => {
    expect(labelBatchCancellable(state)).toBe(['queued', 'running', 'failed'].includes(state));
    expect(labelBatchRetryable(state)).toBe(state === 'failed');
  });
});

describe('stalled batches', () => {
  const now = new Date('2026-12-06T04:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const quiet = ago(labelBatchStallMs + 1);
  const fresh = ago(labelBatchStallMs);
  // Waiting work (labels or PDF queued) may stand behind a huge PDF for long: only hours say it was lost.
  const lostInWaiting = ago(jobWaitStallMs + 1);

  it.each([
    ['queued', 'none', quiet, false, null],
    ['queued', 'none', lostInWaiting, true, 'labels'],
    ['running', 'none', quiet, true, 'labels'],
    ['running', 'none', fresh, false, null],
    ['completed', 'queued', quiet, false, null],
    ['completed', 'queued', lostInWaiting, true, 'pdf'],
    ['completed', 'running', quiet, true, 'pdf'],
    ['completed', 'running', fresh, false, null],
    ['completed', 'ready', quiet, false, null],
    ['completed', 'failed', fresh, false, 'pdf'],
    ['failed', 'none', fresh, false, 'labels'],
    ['cancelled', 'none', quiet, false, null],
  ] as const)(
    '%s with PDF %s: stalled %s after silence, retry runs %s',
    (state, pdfState, heartbeatAt, stalled, work) => {
      const batch = { state, pdfState, heartbeatAt };
      expect(labelBatchStalled(batch, now)).toBe(stalled);
      expect(labelBatchRetryWork(batch, now)).toBe(work);
    },
  );
});
