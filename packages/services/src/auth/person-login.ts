import { type Db, findUserByLogin } from '@nguon/db';
import { normalizePhone } from '@nguon/domain';
import { AppError } from '../errors/app-error';

/** The sign-in names of a person: email lower-cased, phone in its one writing (0912345678). */
export interface Login {
  email: string | null;
  phone: string | null;
}

/** Cleans the email and phone a person gives; a phone that is not one is refused at `phonePath`. */
export function readLogin(given: { email?: string; phone?: string }, phonePath: string): Login {
  const email = given.email?.trim().toLowerCase() || null;
  const phone = given.phone ? normalizePhone(given.phone) : null;
  if (given.phone && !phone) {
    const detail = { kind: 'message', key: 'staff.detail.phoneInvalid' } as const;
    throw new AppError('VALIDATION_FAILED', { path: phonePath, detail }, phonePath);
  }
  return { email, phone };
}

/** The accounts that already hold this email and this phone, each if any. */
export async function accountsOfLogin(db: Db, login: Login) {
  const byEmail = login.email ? await findUserByLogin(db, { email: login.email }) : undefined;
  const byPhone = login.phone ? await findUserByLogin(db, { phone: login.phone }) : undefined;
  return { byEmail, byPhone };
}
