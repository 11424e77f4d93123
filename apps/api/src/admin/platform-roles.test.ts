import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createPerson, PASSWORD } from '../testing/fixtures';
import { signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('platform roles on %s', (driver) => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['vi', 'Dữ liệu không hợp lệ tại /inspectorProvinces: thanh tra phải phụ trách ít nhất một tỉnh'],
    ['en', 'Invalid value at /inspectorProvinces: an inspector needs at least one province'],
  ] as const)('refuses an inspector without a province, in %s, storing nothing', async (lang, detail) => {
    const admin = await createAdmin(t.platform.ctx);
    const target = await createPerson(t.platform.ctx, `inspector.${randomUUID().slice(0, 8)}@nguon.test`);
    const agent = await signedInAgent(t.baseUrl, admin.login, PASSWORD, lang);
    const refused = await agent.request('PUT', `/api/v1/admin/users/${target.id}/platform-roles`, {
      body: { roles: ['inspector'], inspectorProvinces: [] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', path: '/inspectorProvinces', detail });
  });
});
