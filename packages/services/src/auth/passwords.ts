import { availableParallelism } from 'node:os';
import { PASSWORD_MIN_LENGTH } from '@nguon/contracts';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors/app-error';
import { createWorkLimiter, type WorkLimiterStats } from './work-limiter';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. The library's default algorithm is argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// Every hash and check of this process goes through one bounded queue: a flood of them cannot take every core,
// the libuv pool and 19 MiB each without limit; past the queue it is refused (PASSWORD_CHECKS_BUSY, Retry-After).
const running = Math.min(4, Math.max(1, availableParallelism()));
const passwordWork = createWorkLimiter({ running, waiting: 8 * running });

/** How busy password hashing is in this process (for benchmarks, tests and health probes). */
export const passwordWorkStats = (): WorkLimiterStats => passwordWork.stats();

export const hashPassword = (password: string): Promise<string> =>
  passwordWork.run(() => hash(password, options));

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return passwordWork.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown login answers as slowly as a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy password that matches nothing');
  dummyHash.catch(() => {
    dummyHash = undefined;
  });
  await verifyPassword(await dummyHash, password);
}

const common = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  'password123',
  'matkhau123',
  'qwertyuiop',
  'abcd123456',
  '1111111111',
  'iloveyou12',
  'admin12345',
]);

/** Long enough, not a well-known password, not the sign-in name itself. */
export function assertStrongPassword(password: string, login: string | null, path = '/password'): void {
  const lowered = password.toLowerCase();
  const weak =
    [...password].length < PASSWORD_MIN_LENGTH ||
    common.has(lowered) ||
    new Set(password).size < 4 ||
    (login !== null && lowered.includes(login.toLowerCase()));
  if (weak) throw new AppError('WEAK_PASSWORD', { min: PASSWORD_MIN_LENGTH }, path);
}
