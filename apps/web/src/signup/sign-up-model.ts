import { ApiError, type SignUpBody } from '@nguon/contracts/client';
import { checkNewPassword } from '../auth/new-password-check';
import type { Translate } from '../i18n/use-t';
import { type TenantFormValues, tenantFields, validateTenantValues } from '../settings/tenant-form-model';
import { type FieldErrors, requireText } from '../ui/use-form-state';

/** The person who signs up, as typed. */
export const emptyPersonValues = { name: '', email: '', phone: '', password: '', repeat: '' };
export type PersonValues = typeof emptyPersonValues;

/** The first step's check: a name, an email or a phone, a password typed twice; the API checks it all again. */
export function validatePersonValues(values: PersonValues, t: Translate): FieldErrors {
  const noLogin = values.email.trim() === '' && values.phone.trim() === '';
  return {
    name: requireText(values.name, t, 2),
    email: noLogin ? t('signUp.loginRequired') : undefined,
    ...checkNewPassword(values.password, values.repeat, t),
  };
}

/** Only the fields sign-up asks for: the rest of a tenant's details wait for Settings. */
export function validateSignUpTenant(values: TenantFormValues, t: Translate): FieldErrors {
  const { name, kind, address, province } = validateTenantValues(values, t);
  return { name, kind, address, province };
}

/** The request body, leaving out what was not given; null while the tenant's kind or province does not parse. */
export function signUpBody(person: PersonValues, tenant: TenantFormValues): SignUpBody | null {
  const fields = tenantFields(tenant);
  if (!fields) return null;
  const email = person.email.trim();
  const phone = person.phone.trim();
  return {
    person: {
      name: person.name.trim(),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      password: person.password,
    },
    tenant: {
      name: fields.name,
      kind: fields.kind,
      province: fields.province,
      address: fields.address,
      ...(fields.taxCode ? { taxCode: fields.taxCode } : {}),
    },
  };
}

/** A key for one sign-up, kept across retries; getRandomValues works over plain HTTP too, randomUUID does not. */
export function newSignUpKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `sign-up-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The API's messages for one part of the body (`/person/email` -> `email` for 'person'). */
export function partFieldErrors(error: unknown, part: 'person' | 'tenant'): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const { errors, path, detail } = error.problem;
  const pairs: [string, string][] =
    errors && errors.length > 0 ? errors.map((e) => [e.path, e.message]) : path ? [[path, detail]] : [];
  const found: Record<string, string> = {};
  for (const [pointer, message] of pairs) {
    const [, head, field] = pointer.split('/');
    if (head === part && field && !(field in found)) found[field] = message;
  }
  return found;
}
