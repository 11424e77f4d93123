import { ApiError } from '@nguon/contracts';
import { describe, expect, it, vi } from 'vitest';
import { isTransientFailure, newIdempotencyKey, sendWithRetries } from './idempotent-send';

const problem = (status: number, code: string) =>
  new ApiError(status, { type: 'about:blank', title: code, status, code, detail: code, requestId: 'r' });
const noWait = () => Promise.resolve();

describe('newIdempotencyKey', () => {
  it('uses randomUUID where the page is a secure context', () => {
    const key = newIdempotencyKey({
      randomUUID: () => '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      getRandomValues: (a) => a,
    });
    expect(key).toBe('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
  });

  it('falls back to 128 random bits in hex on a plain-HTTP LAN page', () => {
    const key = newIdempotencyKey({
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        if (array instanceof Uint8Array) array.fill(171);
        return array;
      },
    });
    expect(key).toBe('ab'.repeat(16));
  });
});

describe('sendWithRetries', () => {
  it.each([
    [new TypeError('Failed to fetch'), true],
    [problem(502, 'SERVICE_UNAVAILABLE'), true],
    [problem(504, 'SERVICE_UNAVAILABLE'), true],
    [problem(422, 'RECORD_INVALID'), false],
    [problem(409, 'IDEMPOTENCY_KEY_REUSED'), false],
  ])('treats %s as transient: %s', (error, transient) => {
    expect(isTransientFailure(error)).toBe(transient);
  });

  it('retries a dropped connection until it goes through, reporting each retry', async () => {
    const send = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockRejectedValueOnce(problem(503, 'SERVICE_UNAVAILABLE'))
      .mockResolvedValueOnce('saved');
    const onRetry = vi.fn();
    await expect(sendWithRetries(send, { wait: noWait, onRetry })).resolves.toBe('saved');
    expect(send).toHaveBeenCalledTimes(3);
    expect(onRetry.mock.calls).toEqual([
      [1, 4],
      [2, 4],
    ]);
  });

  it('gives a refusal back at once, and gives up after the last delay', async () => {
    const refused = vi.fn(() => Promise.reject(problem(422, 'RECORD_INVALID')));
    await expect(sendWithRetries(refused, { wait: noWait })).rejects.toMatchObject({
      code: 'RECORD_INVALID',
    });
    expect(refused).toHaveBeenCalledTimes(1);
    const offline = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(sendWithRetries(offline, { wait: noWait, delaysMs: [1, 1] })).rejects.toThrow(
      'Failed to fetch',
    );
    expect(offline).toHaveBeenCalledTimes(3);
  });
});
