import { replacePlatformRoles } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import type { ProcessDefinition } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { publishableDefinition, sampleJob, sampleStage } from '../testing/process-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('processes on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  const owner = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, lang);

  async function newProcess(agent: HttpAgent, definition?: ProcessDefinition) {
    const created = await agent.request('POST', '/api/v1/processes', {
      body: { name: { vi: 'Gạo ST25', en: 'ST25 rice' }, productType: 'rice' },
    });
    expect(created.status).toBe(201);
    if (!definition)
      return { id: created.body.id as string, revision: created.body.draft.revision as number };
    const saved = await agent.request('PUT', `/api/v1/processes/${created.body.id}/draft`, {
      body: { revision: created.body.draft.revision, definition },
    });
    expect(saved.status).toBe(200);
    return { id: created.body.id as string, revision: saved.body.revision as number };
  }

  it('creates a process with an empty draft whose problem says to add a stage', async () => {
    const agent = await owner('vi');
    const { id } = await newProcess(agent);
    const view = await agent.request('GET', `/api/v1/processes/${id}`);
    expect(view.body.draft.revision).toBe(1);
    expect(view.body.draft.problems.map((p: { code: string }) => p.code)).toContain('no_stages');
    expect(view.body.unpublishedChanges).toBe(true);
    expect(view.body.latestVersion).toBeNull();
  });

  it('refuses a save against a stale revision, naming who saved, and keeps their draft', async () => {
    const agent = await owner('vi');
    const { id, revision } = await newProcess(agent, publishableDefinition());
    const other = await owner('vi');
    const changed = { ...publishableDefinition(), edges: [] };
    expect(
      (
        await other.request('PUT', `/api/v1/processes/${id}/draft`, {
          body: { revision, definition: changed },
        })
      ).status,
    ).toBe(200);
    const stale = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
      body: { revision, definition: publishableDefinition() },
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'PROCESS_DRAFT_CONFLICT']);
    expect(stale.body.detail).toContain(`Người ${a.people.owner.login}`);
    const view = await agent.request('GET', `/api/v1/processes/${id}`);
    expect([view.body.draft.revision, view.body.draft.definition.edges]).toEqual([revision + 1, []]);
  });

  it('keeps the revision when an autosave sends the same draft again', async () => {
    const agent = await owner();
    const { id, revision } = await newProcess(agent, publishableDefinition());
    const again = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
      body: { revision, definition: publishableDefinition() },
    });
    expect([again.status, again.body.revision]).toEqual([200, revision]);
  });

  it('refuses to publish while problems remain, with every problem coded, and stores nothing', async () => {
    const agent = await owner('en');
    const cyclic: ProcessDefinition = {
      ...publishableDefinition(),
      stages: [...publishableDefinition().stages, sampleStage('s3', 'orphan')],
      edges: [
        { id: 'e1', source: 's1', target: 's2' },
        { id: 'e2', source: 's2', target: 's1' },
      ],
    };
    const { id, revision } = await newProcess(agent, cyclic);
    const refused = await agent.request('POST', `/api/v1/processes/${id}/versions`, {
      body: { revision, note: 'thử' },
    });
    expect([refused.status, refused.body.code]).toEqual([422, 'PROCESS_HAS_PROBLEMS']);
    const codes = refused.body.errors.map((e: { keyword: string }) => e.keyword);
    expect(codes).toEqual(expect.arrayContaining(['cycle', 'unreachable_stage']));
    expect((await agent.request('GET', `/api/v1/processes/${id}/versions`)).body.items).toEqual([]);
  });

  it('publishes v1, refuses an unchanged publish, publishes v2 and diffs them at field level', async () => {
    const agent = await owner();
    const { id, revision } = await newProcess(agent, publishableDefinition());
    const v1 = await agent.request('POST', `/api/v1/processes/${id}/versions`, {
      body: { revision, note: 'Vụ đông xuân' },
    });
    expect([v1.status, v1.body.number, v1.body.note]).toEqual([201, 1, 'Vụ đông xuân']);
    const same = await agent.request('POST', `/api/v1/processes/${id}/versions`, {
      body: { revision, note: 'lại' },
    });
    expect([same.status, same.body.code]).toEqual([409, 'PROCESS_UNCHANGED']);

    const edited = publishableDefinition();
    const harvest = edited.stages[1];
    if (!harvest) throw new Error('fixture has two stages');
    edited.stages[1] = { ...harvest, name: { vi: 'Thu hoạch', en: 'Harvest' } };
    edited.stages.push(sampleStage('s3', 'drying'));
    edited.edges.push({ id: 'e2', source: 's2', target: 's3' });
    const saved = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
      body: { revision, definition: edited },
    });
    const v2 = await agent.request('POST', `/api/v1/processes/${id}/versions`, {
      body: { revision: saved.body.revision, note: 'Thêm phơi sấy' },
    });
    expect(v2.body.number).toBe(2);

    const diff = await agent.request('GET', `/api/v1/processes/${id}/diff?from=1&to=2`);
    const byKey = Object.fromEntries(
      diff.body.stages.map((s: { key: string; change: string }) => [s.key, s.change]),
    );
    expect(byKey).toEqual({ planting: 'unchanged', harvest: 'changed', drying: 'added' });
    expect(diff.body.edges.added).toEqual([{ source: 'harvest', target: 'drying' }]);

    const versions = await agent.request('GET', `/api/v1/processes/${id}/versions`);
    expect(versions.body.items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const first = await agent.request('GET', `/api/v1/processes/${id}/versions/1`);
    expect(first.body.definition).toEqual(publishableDefinition());
  });

  it('restores a version into the draft and never lets a stored version change', async () => {
    const agent = await owner();
    const { id, revision } = await newProcess(agent, publishableDefinition());
    await agent.request('POST', `/api/v1/processes/${id}/versions`, { body: { revision, note: '' } });
    const changed = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
      body: { revision, definition: { ...publishableDefinition(), edges: [] } },
    });
    const restored = await agent.request('POST', `/api/v1/processes/${id}/versions/1/restore`, {
      body: { revision: changed.body.revision },
    });
    expect([restored.status, restored.body.definition]).toEqual([200, publishableDefinition()]);
    await expect(
      sql`UPDATE process_versions SET note = 'sửa lén' WHERE process_id = ${id}`.execute(t.platform.ctx.db),
    ).rejects.toThrow(/immutable/);
  });

  it('exports a version and imports it back as a new process', async () => {
    const agent = await owner();
    const { id, revision } = await newProcess(agent, publishableDefinition());
    await agent.request('POST', `/api/v1/processes/${id}/versions`, { body: { revision, note: '' } });
    const file = await agent.request('GET', `/api/v1/processes/${id}/export?version=1`);
    expect([file.body.format, file.body.sourceVersion]).toEqual(['nguon.process', 1]);
    const imported = await agent.request('POST', '/api/v1/processes/import', { body: file.body });
    expect(imported.status).toBe(201);
    expect(imported.body.id).not.toBe(id);
    expect(imported.body.draft.definition).toEqual(publishableDefinition());
    expect(imported.body.draft.problems).toEqual([]);
  });

  it("keeps a stage's lot quantity field through export and import, and a version diff names it", async () => {
    const agent = await owner();
    const base = publishableDefinition();
    const weighed: ProcessDefinition = {
      ...base,
      stages: base.stages.map((stage) =>
        stage.key === 'harvest'
          ? {
              ...stage,
              form: compileFormModel({
                fields: [{ ...newFormField('number', 'kg', { vi: 'Khối lượng', en: 'Weight' }), unit: 'kg' }],
                rules: [],
              }),
              lotQuantityField: 'kg',
            }
          : stage,
      ),
    };
    const { id, revision } = await newProcess(agent, base);
    await agent.request('POST', `/api/v1/processes/${id}/versions`, { body: { revision, note: '' } });
    const saved = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
      body: { revision, definition: weighed },
    });
    expect([saved.status, saved.body.problems]).toEqual([200, []]);
    const second = await agent.request('POST', `/api/v1/processes/${id}/versions`, {
      body: { revision: saved.body.revision, note: '' },
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const diff = await agent.request('GET', `/api/v1/processes/${id}/diff?from=1&to=2`);
    const harvest = diff.body.stages.find((stage: { key: string }) => stage.key === 'harvest');
    expect(harvest.stageChanges).toContainEqual({ property: 'lotQuantityField', before: null, after: 'kg' });
    const file = await agent.request('GET', `/api/v1/processes/${id}/export?version=2`);
    const imported = await agent.request('POST', '/api/v1/processes/import', { body: file.body });
    expect(imported.status).toBe(201);
    expect(imported.body.draft.definition.stages[1].lotQuantityField).toBe('kg');
    expect(imported.body.draft.problems).toEqual([]);
  });

  it('keeps jobs and waiting periods through export and import, and a version diff names job changes', async () => {
    const agent = await owner();
    const base = publishableDefinition();
    const withJobs: ProcessDefinition = {
      ...base,
      stages: base.stages.map((stage) =>
        stage.key === 'planting'
          ? { ...stage, jobs: [sampleJob('j-fert', 'fert', { required: true })], closeWhenFollowed: true }
          : {
              ...stage,
              waitingPeriods: [{ afterJobId: 'j-fert', days: 3, fieldKey: 'days', onBreach: 'warn' }],
            },
      ),
    };
    const { id, revision } = await newProcess(agent, withJobs);
    await agent.request('POST', `/api/v1/processes/${id}/versions`, { body: { revision, note: '' } });
    const more = structuredClone(withJobs);
    more.stages[0]!.jobs!.push(sampleJob('j-weed', 'weed'));
    const saved = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
      body: { revision, definition: more },
    });
    expect([saved.status, saved.body.problems]).toEqual([200, []]);
    const diff = await agent.request('GET', `/api/v1/processes/${id}/diff?from=1&to=draft`);
    const planting = diff.body.stages.find((stage: { key: string }) => stage.key === 'planting');
    expect(planting.jobs).toMatchObject([{ change: 'added', key: 'weed' }]);
    const file = await agent.request('GET', `/api/v1/processes/${id}/export?version=1`);
    const imported = await agent.request('POST', '/api/v1/processes/import', { body: file.body });
    expect(imported.status).toBe(201);
    expect(imported.body.draft.definition).toEqual(withJobs);
    expect(imported.body.draft.problems).toEqual([]);
    const broken = structuredClone(file.body);
    broken.definition.stages[0].jobs[0].form = {
      schema: { type: 'object', properties: { a: { type: 'tuple' } } },
      uiSchema: {},
    };
    const refused = await agent.request('POST', '/api/v1/processes/import', { body: broken });
    expect([refused.status, refused.body.code]).toEqual([422, 'PROCESS_FORM_INVALID']);
    expect(refused.body.errors[0].path).toMatch(/^\/definition\/stages\/0\/jobs\/0\/form/);
  });

  describe('refuses bad input with a code and changes nothing', () => {
    const fileWith = (definition: unknown) => ({
      format: 'nguon.process',
      formatVersion: 1,
      name: { vi: 'Tệp xấu', en: '' },
      productType: 'tea',
      sourceVersion: null,
      exportedAt: new Date().toISOString(),
      definition,
    });
    const withSchema = (schema: Record<string, unknown>) => {
      const definition = publishableDefinition();
      const [first] = definition.stages;
      if (first) first.form = { schema, uiSchema: {} };
      return definition;
    };
    const deepMarker = { deep: 'marker' };
    const cases: Array<[string, unknown, number, string]> = [
      ['not a process file', { hello: 'world' }, 400, 'VALIDATION_FAILED'],
      [
        'unknown stage kind',
        fileWith({ ...publishableDefinition(), stages: [{ ...sampleStage('s1', 'a'), kind: 'magic' }] }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'a huge name',
        { ...fileWith(publishableDefinition()), name: { vi: 'x'.repeat(100_000), en: '' } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'an unknown field type',
        fileWith(withSchema({ type: 'object', properties: { a: { type: 'tuple' } } })),
        422,
        'PROCESS_FORM_INVALID',
      ],
      [
        'an unknown keyword',
        fileWith(withSchema({ type: 'object', properties: { a: { type: 'string', 'x-evil': 1 } } })),
        422,
        'PROCESS_FORM_INVALID',
      ],
      [
        'an invalid schema',
        fileWith(withSchema({ type: 'object', properties: { a: { type: 'string', minLength: -1 } } })),
        422,
        'PROCESS_FORM_INVALID',
      ],
      // refused at the edge now, like any JSON nested deeper than 100 levels (maxJsonDepth)
      ['deep nesting', fileWith(withSchema(deepMarker)), 400, 'VALIDATION_FAILED'],
    ];
    // 5,000 levels of nested properties: too deep for JSON.stringify itself, so the text is built by hand.
    const nested = `${'{"type":"object","properties":{"x":'.repeat(5000)}{"type":"string"}${'}}'.repeat(5000)}`;
    const text = (body: unknown) => JSON.stringify(body).replace(JSON.stringify(deepMarker), nested);
    it.each(cases)('import of %s', async (_name, body, status, code) => {
      const agent = await owner();
      const before = (await agent.request('GET', '/api/v1/processes')).body.items.length;
      const response = await agent.request('POST', '/api/v1/processes/import', { rawBody: text(body) });
      expect([response.status, response.body.code]).toEqual([status, code]);
      expect(response.body.detail.length).toBeGreaterThan(10);
      expect((await agent.request('GET', '/api/v1/processes')).body.items.length).toBe(before);
    });

    it('a definition over the size limit', async () => {
      const agent = await owner();
      const { id, revision } = await newProcess(agent);
      const big = publishableDefinition();
      const [first] = big.stages;
      if (first) first.form.uiSchema = { 'ui:description': 'x'.repeat(5 * 1024 * 1024) };
      const response = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
        body: { revision, definition: big },
      });
      expect([response.status, response.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      expect((await agent.request('GET', `/api/v1/processes/${id}`)).body.draft.revision).toBe(revision);
    });

    it('a save to an archived process', async () => {
      const agent = await owner('vi');
      const { id, revision } = await newProcess(agent);
      await agent.request('PATCH', `/api/v1/processes/${id}`, { body: { archived: true } });
      const response = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
        body: { revision, definition: publishableDefinition() },
      });
      expect([response.status, response.body.code]).toEqual([409, 'PROCESS_ARCHIVED']);
      expect(response.body.detail).toContain('lưu trữ');
    });
  });

  it('refuses to compile a validator for a form the builder does not understand, saying why', async () => {
    const agent = await owner('vi');
    const schema = { type: 'object', properties: { a: { type: 'tuple' } } };
    const refused = await agent.request('POST', '/api/v1/form-validators', { body: { schema } });
    expect([refused.status, refused.body.code]).toEqual([422, 'FORM_INVALID']);
    expect(refused.body.detail).toMatch(/^Biểu mẫu không hợp lệ: \S/);
  });

  it('serves a precompiled validator module without eval for a builder form', async () => {
    const agent = await owner();
    const schema = publishableDefinition().stages[0]?.form.schema;
    const created = await agent.request('POST', '/api/v1/form-validators', { body: { schema } });
    expect(created.status).toBe(200);
    const module = await new HttpAgent(t.baseUrl).request('GET', created.body.url);
    expect(module.status).toBe(200);
    expect(module.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(module.body).toContain('export');
    expect(module.body).not.toMatch(/new Function|eval\(/);
  });

  it('precompiles validators for a centre expert with no tenant, and refuses a person with neither', async () => {
    const schema = publishableDefinition().stages[0]?.form.schema;
    const expertLogin = `expert.validators.${driver}@trungtam.test`;
    const expertUser = await createPerson(t.platform.ctx, expertLogin);
    await replacePlatformRoles(t.platform.ctx.db, expertUser.id, ['expert'], []);
    const expert = await signedInAgent(t.baseUrl, expertLogin, PASSWORD);
    const created = await expert.request('POST', '/api/v1/form-validators', { body: { schema } });
    expect([created.status, created.body.url]).toEqual([
      200,
      `/api/v1/form-validators/${created.body.id}.js`,
    ]);
    expect((await new HttpAgent(t.baseUrl).request('GET', created.body.url)).status).toBe(200);
    const nobodyLogin = `khong.htx.${driver}@nguoi.test`;
    await createPerson(t.platform.ctx, nobodyLogin);
    const nobody = await signedInAgent(t.baseUrl, nobodyLogin, PASSWORD, 'vi');
    const refused = await nobody.request('POST', '/api/v1/form-validators', { body: { schema } });
    expect([refused.status, refused.body.code]).toEqual([403, 'NO_TENANT_SELECTED']);
    expect(refused.body.detail).toContain('hợp tác xã');
  });
});
