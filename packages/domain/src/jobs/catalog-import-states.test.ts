import { describe, expect, it } from 'vitest';
import { catalogImportRetryable, catalogImportStalled } from './catalog-import-states';
import { jobStalled, jobStallMs, jobWaitStallMs } from './job-stall';

describe('stalled and retryable catalog imports', () => {
  const now = new Date('2026-12-06T04:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const quiet = ago(jobStallMs + 1);
  const fresh = ago(jobStallMs);
  const lostInWaiting = ago(jobWaitStallMs + 1);

  it('takes work as stalled only past its phase limit and while in progress', () => {
    expect(jobStalled({ phase: 'running', heartbeatAt: quiet }, now)).toBe(true);
    expect(jobStalled({ phase: 'running', heartbeatAt: fresh }, now)).toBe(false);
    expect(jobStalled({ phase: 'waiting', heartbeatAt: quiet }, now)).toBe(false);
    expect(jobStalled({ phase: 'waiting', heartbeatAt: ago(jobWaitStallMs) }, now)).toBe(false);
    expect(jobStalled({ phase: 'waiting', heartbeatAt: lostInWaiting }, now)).toBe(true);
    expect(jobStalled({ phase: null, heartbeatAt: lostInWaiting }, now)).toBe(false);
  });

  it.each([
    ['queued', quiet, null, false, false],
    ['queued', lostInWaiting, null, true, true],
    ['running', quiet, null, true, true],
    ['running', fresh, null, false, false],
    ['failed', fresh, 'JOB_INTERRUPTED', false, true],
    ['failed', quiet, 'CSV_ROWS_INVALID', false, false],
    ['failed', quiet, 'CSV_MISSING_COLUMN', false, false],
    ['completed', quiet, null, false, false],
    ['cancelled', quiet, null, false, false],
  ] as const)(
    '%s, heartbeat %s, error %s: stalled %s, retryable %s',
    (state, heartbeatAt, errorCode, stalled, retryable) => {
      const work = { state, heartbeatAt, errorCode };
      expect(catalogImportStalled(work, now)).toBe(stalled);
      expect(catalogImportRetryable(work, now)).toBe(retryable);
    },
  );
});
