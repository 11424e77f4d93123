import { describe, expect, it } from 'vitest';
import {
  labelBatchCancellable,
  labelBatchRetryable,
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
