import type { Response } from 'express';
import { SESSION_COOKIE } from '../http/authenticate';
import { publishedOverHttps } from '../http/security-headers';

/** httpOnly, SameSite=Lax, Secure when PUBLIC_BASE_URL is https (the same rule as the security headers). */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, publicBaseUrl: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publishedOverHttps(publicBaseUrl),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
