import { Type } from '@sinclair/typebox';
import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams, NoContent, UserIdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { AuthErrorCode } from './auth.errors';
import {
  ChangePasswordBody,
  PlatformRolesBody,
  SessionState,
  SessionView,
  SetPasswordBody,
  SignInBody,
  SwitchTenantBody,
} from './auth.schemas';

const PlatformRolesView = Type.Object(
  { userId: IdParams.properties.id, ...PlatformRolesBody.properties },
  { additionalProperties: false },
);

/** The auth endpoints: validation, the OpenAPI document and the typed client read them. */
export const authEndpoints = {
  signIn: {
    method: 'post',
    path: '/api/v1/auth/sign-in',
    tag: 'auth',
    summary: 'Sign in with email or phone and password; sets the session cookie',
    access: 'public',
    status: 200,
    body: SignInBody,
    response: SessionView,
    errors: ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'PASSWORD_CHECKS_BUSY'],
  },
  signOut: {
    method: 'post',
    path: '/api/v1/auth/sign-out',
    tag: 'auth',
    summary: 'End the current session',
    access: 'session',
    status: 204,
    response: NoContent,
  },
  getSession: {
    method: 'get',
    path: '/api/v1/auth/session',
    tag: 'auth',
    summary: 'The signed-in person, their memberships and roles, and the CSRF token',
    access: 'session',
    status: 200,
    response: SessionView,
  },
  getSessionState: {
    method: 'get',
    path: '/api/v1/auth/session-state',
    tag: 'auth',
    summary:
      'Whether someone is signed in, with their session if so; 200 either way, unlike getSession (401 when signed out)',
    access: 'optional',
    status: 200,
    response: SessionState,
  },
  switchTenant: {
    method: 'post',
    path: '/api/v1/auth/switch-tenant',
    tag: 'auth',
    summary: 'Work in another tenant the person belongs to',
    access: 'session',
    status: 200,
    body: SwitchTenantBody,
    response: SessionView,
  },
  changePassword: {
    method: 'post',
    path: '/api/v1/auth/password',
    tag: 'auth',
    summary: "Change the signed-in person's password; other sessions are ended",
    access: 'session',
    status: 204,
    body: ChangePasswordBody,
    response: NoContent,
    errors: ['WRONG_CURRENT_PASSWORD', 'WEAK_PASSWORD', 'PASSWORD_CHECKS_BUSY'],
  },
  setPassword: {
    method: 'post',
    path: '/api/v1/auth/set-password',
    tag: 'auth',
    summary:
      "Set a password with a one-time code from the owner, and sign in; an invitation's code also makes the account and joins the tenant",
    access: 'public',
    status: 200,
    body: SetPasswordBody,
    response: SessionView,
    errors: [
      'SET_PASSWORD_CODE_INVALID',
      'SET_PASSWORD_TOO_MANY',
      'WEAK_PASSWORD',
      'PASSWORD_CHECKS_BUSY',
      'INVITATION_NEEDS_SIGN_IN',
    ],
  },
  setPlatformRoles: {
    method: 'put',
    path: '/api/v1/admin/users/{userId}/platform-roles',
    tag: 'admin',
    summary: "Set a person's platform roles and an inspector's provinces (admin)",
    access: 'admin',
    status: 200,
    params: UserIdParams,
    body: PlatformRolesBody,
    response: PlatformRolesView,
  },
} as const satisfies Record<string, EndpointSpec<AuthErrorCode | SharedErrorCode>>;
