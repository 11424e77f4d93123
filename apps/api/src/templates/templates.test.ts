import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replacePlatformRoles } from '@nguon/db';
import { createTestDatabase, testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform } from '../platform';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { freshTemplateKey, templateFileOf } from '../testing/template-fixtures';
import {
  capturedLogger,
  startTestPlatform,
  type TestPlatform,
  testApiConfig,
} from '../testing/test-platform';

const drivers = await testDrivers();
const repoTemplatesDir = fileURLToPath(new URL('../../../../templates/', import.meta.url));

describe.each(drivers)('the template library API on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let expertLogin: string;
  let teaId: string;

  beforeAll(async () => {
    t = await startTestPlatform(driver, { templatesDir: repoTemplatesDir });
    a = await createTenantFixture(t.platform.ctx, 'A');
    expertLogin = `expert.${driver}@trungtam.test`;
    const expert = await createPerson(t.platform.ctx, expertLogin);
    await replacePlatformRoles(t.platform.ctx.db, expert.id, ['expert'], []);
  });
  afterAll(async () => {
    await t?.close();
  });

  const expert = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, expertLogin, PASSWORD, lang);
  const owner = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, lang);
  const upload = (agent: HttpAgent, file: unknown, path = '/api/v1/templates') =>
    agent.request('POST', path, { body: { file } });

  it('loads templates/ at start and finds a template by words without accents', async () => {
    const viewer = await signedInAgent(t.baseUrl, a.people.viewer.login, PASSWORD);
    const found = await viewer.request('GET', '/api/v1/templates?q=che%20shan%20tuyet&productType=tea');
    expect(found.status).toBe(200);
    expect(found.body.items.map((item: { key: string }) => item.key)).toEqual(['che-shan-tuyet']);
    teaId = found.body.items[0].id;
    const view = await viewer.request('GET', `/api/v1/templates/${teaId}`);
    expect(view.body).toMatchObject({ key: 'che-shan-tuyet', version: { number: 1, source: 'file' } });
    expect(view.body.file.process.definition.stages.length).toBe(view.body.stageCount);
    const missing = await viewer.request('GET', `/api/v1/templates/${teaId}?version=9`);
    expect(missing).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', path: '/version' } });
  });

  it("refuses an owner's upload with TEMPLATE_EXPERTS_ONLY in the caller's language", async () => {
    const refused = await upload(await owner('vi'), await templateFileOf({ key: freshTemplateKey() }));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'TEMPLATE_EXPERTS_ONLY',
      detail: expect.stringContaining('chuyên gia'),
    });
  });

  it.each([
    ['not a template at all', () => 'mẫu', 'TEMPLATE_FILE_INVALID', ''],
    [
      'a newer format',
      async () => ({ ...(await templateFileOf({ key: freshTemplateKey() })), schemaVersion: 99 }),
      'TEMPLATE_FORMAT_TOO_NEW',
      '/schemaVersion',
    ],
    [
      'a sample the catalog refuses',
      async () => {
        const file = await templateFileOf({ key: freshTemplateKey() });
        const catalogs = structuredClone(file.catalogs);
        if (!Array.isArray(catalogs)) throw new Error('the tea template has no catalogs');
        catalogs[0].samples[0] = {};
        return { ...file, catalogs };
      },
      'TEMPLATE_SAMPLE_INVALID',
      '/catalogs/0/samples/0/ma',
    ],
  ])('answers an upload of %s with its code and path, storing nothing', async (_name, file, code, path) => {
    const refused = await upload(await expert(), await file());
    expect(refused).toMatchObject({ status: 422, body: { code, path } });
  });

  it('publishes a new version with a note, refuses an unchanged one or another key, and deprecates', async () => {
    const agent = await expert();
    const created = await upload(agent, await templateFileOf({ key: 'che-api' }));
    expect(created).toMatchObject({
      status: 201,
      body: { key: 'che-api', version: { number: 1, source: 'expert' } },
    });
    const id = created.body.id;
    const versions = `/api/v1/templates/${id}/versions`;
    expect((await upload(agent, await templateFileOf({ key: 'che-api' }))).body.code).toBe(
      'TEMPLATE_KEY_TAKEN',
    );
    const same = await upload(agent, await templateFileOf({ key: 'che-api' }), versions);
    expect(same).toMatchObject({ status: 409, body: { code: 'TEMPLATE_UNCHANGED', params: { version: 1 } } });
    const other = await upload(agent, await templateFileOf({ key: 'che-khac', note: 'Khác' }), versions);
    expect(other).toMatchObject({ status: 422, body: { code: 'TEMPLATE_KEY_MISMATCH' } });
    const second = await upload(
      agent,
      await templateFileOf({ key: 'che-api', note: 'Thêm bước ủ' }),
      versions,
    );
    expect(second).toMatchObject({
      status: 201,
      body: { version: { number: 2, note: { vi: 'Thêm bước ủ' } } },
    });

    const deprecate = (number: number) =>
      agent.request('POST', `${versions}/${number}/deprecate`, {
        body: { message: { vi: 'Dùng bản khác', en: 'Use another version' } },
      });
    expect(await deprecate(2)).toMatchObject({
      status: 200,
      body: { number: 2, deprecated: { message: { en: 'Use another version' } } },
    });
    const list = await (await owner()).request('GET', `${versions}`);
    expect(
      list.body.items.map((v: { number: number; deprecated: unknown }) => [v.number, v.deprecated !== null]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await deprecate(1)).status).toBe(200);
    const ownersList = await (await owner()).request('GET', '/api/v1/templates?deprecated=true');
    expect(ownersList.body.items.map((item: { key: string }) => item.key)).not.toContain('che-api');
    const expertsList = await agent.request('GET', '/api/v1/templates?deprecated=true&q=che%20api');
    expect(expertsList.body.items).toMatchObject([{ key: 'che-api', latestVersion: null, versionCount: 2 }]);
    expect((await deprecate(7)).body.code).toBe('NOT_FOUND');
  });
});

describe('templates/ at start', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nguon-start-templates-'));
    await cp(join(repoTemplatesDir, 'che-shan-tuyet'), join(dir, 'che-shan-tuyet'), { recursive: true });
    await cp(join(repoTemplatesDir, 'che-shan-tuyet'), join(dir, 'sai-ten'), { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('logs each broken file by name and path, loads the others, and adds nothing on a second start', async () => {
    const database = await createTestDatabase('pglite');
    const start = async () => {
      const log = capturedLogger();
      const config = testApiConfig({ templatesDir: dir, logLevel: 'info', filesDir: join(dir, 'files') });
      const platform = await createPlatform({ config, logger: log.logger, version: 'test', database });
      await platform.close();
      return log
        .text()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    };
    try {
      const first = await start();
      const warning = first.find((line) => line.template === 'sai-ten');
      expect(warning).toMatchObject({ level: 40, path: join(dir, 'sai-ten', 'template.json') });
      expect(warning.msg).toContain('sai-ten');
      expect(first.find((line) => line.msg === 'templates loaded')).toMatchObject({
        level: 30,
        added: ['che-shan-tuyet@1'],
        unchanged: 0,
        broken: 1,
      });
      const second = await start();
      expect(second.find((line) => line.msg === 'templates loaded')).toMatchObject({
        added: [],
        unchanged: 1,
      });
    } finally {
      await database.close();
    }
  });
});
