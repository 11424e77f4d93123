import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Sources } from '../context/service-context';

/** Where secrets get their bytes: the context's random source. */
export type RandomSource = Pick<Sources, 'randomBytes'>;

export const randomToken = (source: RandomSource, bytes = 32): string =>
  Buffer.from(source.randomBytes(bytes)).toString('base64url');

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export const hmacSha256 = (key: string, value: string): string =>
  createHmac('sha256', key).update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A one-time code a person can read aloud or type on a phone: 10 characters, no look-alikes. */
export function humanCode(source: RandomSource, length = 10): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = source.randomBytes(length);
  let code = '';
  for (const byte of bytes) code += alphabet[byte % alphabet.length];
  return code;
}

/** Where a person sets their password with a one-time code, on the platform's public address. */
export const setPasswordLink = (publicBaseUrl: string, code: string) =>
  `${publicBaseUrl.replace(/\/$/, '')}/set-password?code=${code}`;
