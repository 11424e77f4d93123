import {
  changePassword,
  getSessionView,
  requirePerson,
  setPasswordWithCode,
  signIn,
  signOut,
  switchTenant,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

export function mountAuthRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'signIn', async ({ ctx, input, req, res }) => {
    const signedIn = await signIn(ctx, input.body, req.ip ?? 'unknown');
    setSessionCookie(res, signedIn.sessionToken, signedIn.expiresAt, deps.publicBaseUrl);
    return signedIn.view;
  });
  mountEndpoint(router, deps, 'signOut', async ({ ctx, principal, res }) => {
    await signOut(ctx, requirePerson(principal));
    clearSessionCookie(res);
    return null;
  });
  mountEndpoint(router, deps, 'getSession', ({ ctx, principal }) =>
    getSessionView(ctx, requirePerson(principal)),
  );
  mountEndpoint(router, deps, 'getSessionState', async ({ ctx, principal }) =>
    principal.kind === 'person'
      ? { signedIn: true as const, session: await getSessionView(ctx, principal) }
      : { signedIn: false as const },
  );
  mountEndpoint(router, deps, 'switchTenant', ({ ctx, principal, input }) =>
    switchTenant(ctx, requirePerson(principal), input.body.tenantId),
  );
  mountEndpoint(router, deps, 'changePassword', async ({ ctx, principal, input }) => {
    await changePassword(ctx, requirePerson(principal), input.body);
    return null;
  });
  mountEndpoint(router, deps, 'setPassword', async ({ ctx, input, req, res }) => {
    const signedIn = await setPasswordWithCode(ctx, input.body, req.ip ?? 'unknown');
    setSessionCookie(res, signedIn.sessionToken, signedIn.expiresAt, deps.publicBaseUrl);
    return signedIn.view;
  });
}
