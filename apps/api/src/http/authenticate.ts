import type { EndpointAccess } from '@nguon/contracts';
import {
  AppError,
  authenticateApiToken,
  authenticateSession,
  type Principal,
  requirePerson,
  requirePlatformRole,
  type ServiceContext,
  safeEqual,
} from '@nguon/services';
import type { Request } from 'express';

export const SESSION_COOKIE = 'nguon_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearerSecret(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('TOKEN_INVALID');
  return match[1];
}

/** A cookie-authenticated write must echo the session's CSRF token in X-CSRF-Token. */
function assertCsrf(req: Request, expected: string): void {
  if (!unsafeMethods.has(req.method)) return;
  const sent = req.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !safeEqual(sent, expected)) throw new AppError('CSRF_FAILED');
}

/** A session cookie or an Authorization header came with the request (valid or not). */
export const hasCredentials = (req: Request): boolean =>
  req.headers.authorization !== undefined || typeof req.cookies?.[SESSION_COOKIE] === 'string';

/** For public content that members see more of: bad or expired credentials read as no one, never as an error. */
async function optionalPrincipal(ctx: ServiceContext, req: Request): Promise<Principal> {
  if (!hasCredentials(req)) return { kind: 'anonymous' };
  try {
    return await authenticate(ctx, req, 'tenant');
  } catch (error) {
    if (error instanceof AppError) return { kind: 'anonymous' };
    throw error;
  }
}

/** Who is calling, as far as the endpoint's access level needs to know. */
export async function authenticate(
  ctx: ServiceContext,
  req: Request,
  access: EndpointAccess,
): Promise<Principal> {
  if (access === 'public') return { kind: 'anonymous' };
  if (access === 'optional') return optionalPrincipal(ctx, req);
  const secret = bearerSecret(req);
  let principal: Principal;
  if (secret) {
    principal = await authenticateApiToken(ctx, secret);
  } else {
    const cookie: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof cookie !== 'string' || cookie === '') throw new AppError('UNAUTHENTICATED');
    const person = await authenticateSession(ctx, cookie);
    assertCsrf(req, person.csrfToken);
    principal = person;
  }
  if (access === 'session') requirePerson(principal);
  if (access === 'admin') requirePlatformRole(principal, 'admin');
  return principal;
}

/**
 * Refuses unsafe requests whose Origin is another site (defence in depth beside SameSite and CSRF tokens). The
 * address the browser used (Host) is accepted, so a phone at the PC's LAN address works without PUBLIC_BASE_URL.
 */
export function assertSameOrigin(req: Request, publicBaseUrl: string): void {
  const origin = req.headers.origin;
  if (!origin || !unsafeMethods.has(req.method)) return;
  const expected = new URL(publicBaseUrl);
  const host = originHost(origin);
  if (host !== undefined && (host === req.headers.host || host === expected.host)) return;
  // An Origin header is short; a longer one is cut so the message stays readable.
  throw new AppError('ORIGIN_MISMATCH', { origin: origin.slice(0, 200), expected: expected.origin });
}

/** The host of an Origin header, or undefined when it is not a URL (e.g. `null` from a sandboxed page). */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
