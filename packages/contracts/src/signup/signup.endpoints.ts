import { Type } from '@sinclair/typebox';
import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { SignUpErrorCode } from './signup.errors';
import {
  PendingTenantList,
  SignUpBody,
  SignUpResult,
  SignUpSettings,
  TenantDecision,
} from './signup.schemas';

const TenantDecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]) },
  { additionalProperties: false },
);

/** Self-service sign-up of an enterprise or co-op, and the platform admin's approval of new tenants. */
export const signUpEndpoints = {
  getSignUpSettings: {
    method: 'get',
    path: '/api/v1/sign-up',
    tag: 'auth',
    summary: 'Whether new enterprises and co-ops may sign up here (open, approval or closed)',
    access: 'public',
    status: 200,
    response: SignUpSettings,
  },
  signUp: {
    method: 'post',
    path: '/api/v1/sign-up',
    tag: 'auth',
    summary: 'A person and their enterprise or co-op sign up; they become its owner and are signed in',
    access: 'public',
    status: 201,
    body: SignUpBody,
    response: SignUpResult,
    idempotent: true,
    errors: [
      'SIGN_UP_CLOSED',
      'SIGN_UP_LOGIN_TAKEN',
      'SIGN_UP_TOO_MANY',
      'WEAK_PASSWORD',
      'PASSWORD_CHECKS_BUSY',
    ],
  },
  listPendingTenants: {
    method: 'get',
    path: '/api/v1/admin/tenants/pending',
    tag: 'admin',
    summary: 'Tenants that signed up and wait for approval, oldest first (admin)',
    access: 'admin',
    status: 200,
    response: PendingTenantList,
  },
  decideTenant: {
    method: 'post',
    path: '/api/v1/admin/tenants/{id}/decision',
    tag: 'admin',
    summary: 'Approve or refuse a tenant waiting for approval (admin)',
    access: 'admin',
    status: 200,
    params: IdParams,
    body: TenantDecisionBody,
    response: TenantDecision,
    errors: ['TENANT_NOT_PENDING'],
  },
} as const satisfies Record<string, EndpointSpec<SignUpErrorCode | SharedErrorCode | 'WEAK_PASSWORD'>>;
