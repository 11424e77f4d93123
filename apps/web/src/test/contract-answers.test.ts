import { describe, expect, it } from 'vitest';
import { contractViolation } from './contract-answers';

const session = {
  user: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Lan', email: 'lan@htx.vn', phone: null },
  memberships: [],
  platformRoles: [],
  inspectorProvinces: [],
  currentTenantId: null,
  pendingTenants: [],
  csrfToken: 'csrf',
  expiresAt: '2030-01-01T00:00:00Z',
};
const problem = {
  type: 'about:blank',
  title: 'NOT_FOUND',
  status: 404,
  code: 'NOT_FOUND',
  detail: 'Không có.',
  requestId: 'r1',
};

describe('checking a fake answer against the contract', () => {
  it('lets an answer that matches its endpoint through', () => {
    expect(contractViolation('GET', '/api/v1/auth/session', 200, session)).toBeUndefined();
    expect(contractViolation('GET', '/api/v1/processes/nope', 404, problem)).toBeUndefined();
  });

  it('names the endpoint and the path of the bad value', () => {
    expect(contractViolation('GET', '/api/v1/auth/session', 200, { ...session, csrfToken: 7 })).toBe(
      'getSession (GET /api/v1/auth/session) answered 200: /csrfToken type {"type":"string"}',
    );
  });

  it('refuses a problem that is not one, a status the endpoint never gives, and a route not in the contract', () => {
    expect(contractViolation('GET', '/api/v1/auth/session', 401, { code: 'X' })).toMatch(
      /^getSession \(GET \/api\/v1\/auth\/session\) answered 401: not a problem: \/ required/,
    );
    expect(contractViolation('POST', '/api/v1/processes', 200, {})).toBe(
      'createProcess (POST /api/v1/processes) answered 200, the contract says 201',
    );
    expect(contractViolation('DELETE', '/api/v1/tenant/logo', 200, undefined)).toMatch(/^removeTenantLogo/);
    expect(contractViolation('GET', '/api/v1/nothing', 200, {})).toBe(
      'GET /api/v1/nothing: no endpoint of the contract has this method and path',
    );
  });

  it('takes a literal path before a templated one', () => {
    expect(contractViolation('POST', '/api/v1/processes/import', 201, {})).toMatch(/^importProcess /);
  });
});
