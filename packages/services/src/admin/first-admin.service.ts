import {
  countPlatformRole,
  countUsers,
  type Db,
  expireAllSetPasswordCodesOfUser,
  findUserByLogin,
  grantPlatformRole,
  insertSetPasswordCode,
  insertUser,
  setUserPassword,
} from '@nguon/db';
import { normalizeLogin } from '@nguon/domain';
import { assertStrongPassword, hashPassword } from '../auth/passwords';
import { humanCode, setPasswordLink, sha256 } from '../auth/secrets';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';

export interface CreateAdminInput {
  email: string;
  /** Shown in the app; the email's local part when not given. */
  name?: string;
  /** Set at once (read from stdin by the command); without it a one-time set-password code is issued. */
  password?: string;
  /** The operator explicitly adds an admin although one exists (a second admin, or one who lost access). */
  evenIfAdminExists: boolean;
}

export type CreateAdminOutcome =
  | { kind: 'refused'; reason: 'admin-exists' | 'bad-email' | 'weak-password' }
  | {
      kind: 'done';
      userId: string;
      email: string;
      /** false: an existing person was made admin. */
      newPerson: boolean;
      setPassword: { code: string; url: string; expiresAt: Date } | null;
    };

async function issueAdminCode(ctx: ServiceContext, db: Db, userId: string) {
  const code = humanCode(ctx);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.setPasswordCodeTtlMs);
  await expireAllSetPasswordCodesOfUser(db, userId, now);
  // No tenant and no issuing person: the operator's command issues it.
  await insertSetPasswordCode(db, {
    codeHash: sha256(code),
    tenantId: null,
    userId,
    createdBy: null,
    expiresAt,
  });
  const url = setPasswordLink(ctx.config.publicBaseUrl, code);
  return { code, url, expiresAt };
}

function weakPassword(password: string, email: string): boolean {
  try {
    assertStrongPassword(password, email);
    return false;
  } catch (error) {
    if (error instanceof AppError) return true;
    throw error;
  }
}

/**
 * The operator's way in on a platform without users (`npm run admin -- create-admin`): makes a platform admin,
 * refusing while one exists unless asked explicitly; an existing person with that email keeps their account.
 */
export async function createPlatformAdmin(
  ctx: ServiceContext,
  input: CreateAdminInput,
): Promise<CreateAdminOutcome> {
  const login = normalizeLogin(input.email);
  if (login?.kind !== 'email') return { kind: 'refused', reason: 'bad-email' };
  if (input.password !== undefined && weakPassword(input.password, login.email))
    return { kind: 'refused', reason: 'weak-password' };
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return withUnitOfWork(ctx, async ({ db: trx }): Promise<CreateAdminOutcome> => {
    if (!input.evenIfAdminExists && (await countPlatformRole(trx, 'admin')) > 0)
      return { kind: 'refused', reason: 'admin-exists' };
    const existing = await findUserByLogin(trx, { email: login.email });
    const user =
      existing ??
      (await insertUser(trx, {
        id: ctx.newId(),
        name: input.name?.trim() || login.email.split('@')[0] || login.email,
        email: login.email,
        phone: null,
        passwordHash,
        now: ctx.now(),
      }));
    if (existing && passwordHash) await setUserPassword(trx, user.id, passwordHash, ctx.now());
    await grantPlatformRole(trx, user.id, 'admin');
    const setPassword = passwordHash ? null : await issueAdminCode(ctx, trx, user.id);
    return { kind: 'done', userId: user.id, email: login.email, newPerson: !existing, setPassword };
  });
}

/** True when nobody can sign in yet: the platform's start tells the operator how to make the first admin. */
export async function platformHasNoUser(ctx: ServiceContext): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0;
}
