import type { Response } from 'express';
import { SESSION_COOKIE } from '../http/authenticate';

/** httpOnly, SameSite=Lax, Secure whenever the platform is served over HTTPS. */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, publicBaseUrl: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicBaseUrl.startsWith('https://'),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
