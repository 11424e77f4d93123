import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { hashPassword, passwordWorkStats, verifyPassword } from './passwords';
import { createWorkLimiter } from './work-limiter';

const refusal = (error: unknown) =>
  error instanceof AppError ? [error.code, error.params.retryAfter] : ['not an AppError', String(error)];

describe('the bounded queue of password work', () => {
  it('runs at most the bound at once, queues a few more, and refuses the rest at once with Retry-After', async () => {
    const limiter = createWorkLimiter({ running: 2, waiting: 3 });
    let active = 0;
    let peak = 0;
    const work = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 20));
      active--;
      return 'done';
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => limiter.run(work)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [refusal(o.reason)] : []));
    expect(refused).toEqual(Array(3).fill(['PASSWORD_CHECKS_BUSY', 1]));
    expect(peak).toBe(2);
    expect(limiter.stats()).toMatchObject({ running: 0, waiting: 0, started: 5, refused: 3 });
  });

  it('a failing piece of work frees its slot', async () => {
    const limiter = createWorkLimiter({ running: 1, waiting: 0 });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  it('every argon2 hash and check of the process goes through it: a flood is refused, not piled up', async () => {
    const stored = await hashPassword('một mật khẩu đủ dài');
    const before = passwordWorkStats();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        i % 2 ? hashPassword(`mật khẩu ${i}`) : verifyPassword(stored, 'một mật khẩu đủ dài'),
      ),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => refusal(o.reason));
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map(([code]) => code))).toEqual(new Set(['PASSWORD_CHECKS_BUSY']));
    const after = passwordWorkStats();
    expect(after.started - before.started).toBe(60 - refused.length);
    expect(after.refused - before.refused).toBe(refused.length);
  });
});
