import { decideTenant, getSignUpSettings, listPendingTenants, signUp } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';
import { setSessionCookie } from './session-cookie';

export function mountSignUpRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'getSignUpSettings', async ({ ctx }) => getSignUpSettings(ctx));
  mountEndpoint(router, deps, 'signUp', async ({ ctx, input, req, res }) => {
    const signedUp = await signUp(ctx, input.body, {
      clientIp: req.ip ?? 'unknown',
      idempotencyKey: req.header('idempotency-key'),
    });
    if (signedUp.replayed) res.setHeader('idempotent-replayed', 'true');
    setSessionCookie(res, signedUp.sessionToken, signedUp.expiresAt, deps.publicBaseUrl);
    return signedUp.result;
  });
  mountEndpoint(router, deps, 'listPendingTenants', ({ ctx, principal }) =>
    listPendingTenants(ctx, principal),
  );
  mountEndpoint(router, deps, 'decideTenant', ({ ctx, principal, input }) =>
    decideTenant(ctx, principal, input.params.id, input.body.decision),
  );
}
