import { setTemplateVersionDeprecation } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { processFromTemplateFixture, templateWithUpdateFixture } from '../testing/template-use-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

describe.each(await testDrivers())('using a template over HTTP on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    b = await createTenantFixture(t.platform.ctx, 'B');
  });
  afterAll(async () => {
    await t?.close();
  });

  const ownerOf = (tenant: TenantFixture, lang: 'vi' | 'en' = 'en') =>
    signedInAgent(t.baseUrl, tenant.people.owner.login, PASSWORD, lang);
  const processCount = async (agent: HttpAgent) =>
    (await agent.request('GET', '/api/v1/processes')).body.items.length as number;

  it('a retried use with the same Idempotency-Key makes one process and answers the same', async () => {
    const templateId = await templateWithUpdateFixture(t.platform.ctx);
    const owner = await ownerOf(a);
    const before = await processCount(owner);
    const send = () =>
      owner.request('POST', `/api/v1/templates/${templateId}/use`, {
        body: { version: 2 },
        headers: { 'idempotency-key': 'dung-mau-che-1' },
      });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await processCount(owner)).toBe(before + 1);
    const made = await owner.request('GET', `/api/v1/processes/${first.body.processId}`);
    expect(made.body.template).toMatchObject({ templateId, baseVersion: 2, updateAvailable: false });
  });

  it("cannot read or take another tenant's template update", async () => {
    const made = await processFromTemplateFixture(t.platform.ctx, a);
    const path = `/api/v1/processes/${made.processId}/template-update`;
    for (const agent of [await ownerOf(b), new HttpAgent(t.baseUrl, b.tokens.owner.secret)]) {
      const read = await agent.request('GET', path);
      const take = await agent.request('POST', path, {
        body: { revision: made.revision, stageKeys: ['hai_che'], finish: true },
      });
      expect([read.status, read.body.code, take.status, take.body.code]).toEqual([
        404,
        'NOT_FOUND',
        404,
        'NOT_FOUND',
      ]);
    }
    const update = await (await ownerOf(a)).request('GET', path);
    expect(update.status).toBe(200);
    expect(update.body.stages).toEqual([
      { key: 'hai_che', change: 'changed', taken: false, editedHere: false },
    ]);
  });

  // last: it deprecates the fixture's version 1, which the others make their processes from
  it('refuses a deprecated version with a coded problem in the caller language, storing nothing', async () => {
    const templateId = await templateWithUpdateFixture(t.platform.ctx);
    const owner = await ownerOf(b, 'vi');
    await setTemplateVersionDeprecation(t.platform.ctx.db, {
      templateId,
      number: 1,
      messageVi: 'Dùng phiên bản 2',
      messageEn: 'Use version 2',
      deprecatedBy: null,
      now: new Date(),
    });
    const refused = await owner.request('POST', `/api/v1/templates/${templateId}/use`, {
      body: { version: 1 },
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'TEMPLATE_VERSION_DEPRECATED']);
    expect(refused.body.detail ?? refused.body.title).toContain('Dùng phiên bản 2');
    expect(await processCount(owner)).toBe(0);
  });
});
