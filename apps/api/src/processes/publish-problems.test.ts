import { testDrivers } from '@nguon/db/testing';
import type { ProcessDefinition } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { signedInAgent } from '../testing/http-agent';
import { publishableDefinition, sampleJob, sampleStage } from '../testing/process-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

/** The publishable fixture with one thing broken. */
function broken(change: (definition: ProcessDefinition) => void): ProcessDefinition {
  const definition = publishableDefinition();
  change(definition);
  return definition;
}
const first = (d: ProcessDefinition) => d.stages[0] ?? sampleStage('s1', 'planting');
const second = (d: ProcessDefinition) => d.stages[1] ?? sampleStage('s2', 'harvest');

const cases: Array<[string, ProcessDefinition]> = [
  ['no_stages', { schemaVersion: 1, stages: [], edges: [] }],
  ['no_start_stage', broken((d) => Object.assign(first(d), { start: false }))],
  ['unreachable_stage', broken((d) => d.stages.push(sampleStage('s3', 'orphan')))],
  ['cycle', broken((d) => d.edges.push({ id: 'e2', source: 's2', target: 's1' }))],
  ['dangling_edge', broken((d) => d.edges.push({ id: 'e2', source: 's2', target: 'nowhere' }))],
  ['self_loop', broken((d) => d.edges.push({ id: 'e2', source: 's2', target: 's2' }))],
  ['duplicate_edge', broken((d) => d.edges.push({ id: 'e2', source: 's1', target: 's2' }))],
  ['duplicate_stage_key', broken((d) => Object.assign(second(d), { key: 'planting' }))],
  ['invalid_stage_key', broken((d) => Object.assign(second(d), { key: 'Thu hoạch' }))],
  ['missing_stage_name', broken((d) => Object.assign(second(d), { name: { vi: '  ', en: 'Harvest' } }))],
  ['unknown_business_step', broken((d) => Object.assign(second(d), { businessStep: 'urn:x:dancing' }))],
  [
    'yield_range_invalid',
    broken((d) =>
      Object.assign(second(d), { kind: 'transformation', yieldRange: { minPercent: 90, maxPercent: 10 } }),
    ),
  ],
  [
    'form_missing_catalog',
    broken((d) => {
      const field = newFormField('catalog', 'plot', { vi: 'Thửa', en: 'Plot' });
      second(d).form = compileFormModel({ fields: [field], rules: [] });
    }),
  ],
  [
    'duplicate_job_key',
    broken((d) => (first(d).jobs = [sampleJob('j1', 'spray'), sampleJob('j2', 'spray')])),
  ],
  [
    'empty_job_form',
    broken(
      (d) =>
        (first(d).jobs = [sampleJob('j1', 'spray', { form: compileFormModel({ fields: [], rules: [] }) })]),
    ),
  ],
  [
    'waiting_field_not_number',
    broken((d) => {
      first(d).jobs = [sampleJob('j1', 'spray')];
      second(d).waitingPeriods = [{ afterJobId: 'j1', days: 7, fieldKey: 'note', onBreach: 'refuse' }];
    }),
  ],
];

/** Problems inside a job name it: the designer badges the job, not only its stage. */
const jobCases: Array<[string, ProcessDefinition]> = [
  ['duplicate_job_key', cases.find(([code]) => code === 'duplicate_job_key')![1]],
  [
    'form_missing_catalog',
    broken((d) => {
      const field = newFormField('catalog', 'plot', { vi: 'Thửa', en: 'Plot' });
      first(d).jobs = [
        sampleJob('j1', 'spray'),
        sampleJob('j2', 'fert', { form: compileFormModel({ fields: [field], rules: [] }) }),
      ];
    }),
  ],
];

describe.each(drivers)('publishing refuses each kind of problem on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(cases)('%s', async (code, definition) => {
    const messages: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      const agent = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, lang);
      const created = await agent.request('POST', '/api/v1/processes', {
        body: { name: { vi: 'Quy trình lỗi', en: '' }, productType: 'tea' },
      });
      const id = created.body.id;
      const saved = await agent.request('PUT', `/api/v1/processes/${id}/draft`, {
        body: { revision: created.body.draft.revision, definition },
      });
      expect(saved.body.problems.map((p: { code: string }) => p.code)).toContain(code);
      const refused = await agent.request('POST', `/api/v1/processes/${id}/versions`, {
        body: { revision: saved.body.revision, note: '' },
      });
      expect([refused.status, refused.body.code]).toEqual([422, 'PROCESS_HAS_PROBLEMS']);
      const problem = refused.body.errors.find((e: { keyword: string }) => e.keyword === code);
      expect(problem?.message.length).toBeGreaterThan(10);
      messages.push(problem.message);
      expect((await agent.request('GET', `/api/v1/processes/${id}/versions`)).body.items).toEqual([]);
    }
    expect(messages[0]).not.toEqual(messages[1]);
  });
});

describe.each(drivers)('a problem in a job names the job on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(jobCases)('%s', async (code, definition) => {
    const agent = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, 'vi');
    const created = await agent.request('POST', '/api/v1/processes', {
      body: { name: { vi: 'Quy trình lỗi', en: '' }, productType: 'tea' },
    });
    const saved = await agent.request('PUT', `/api/v1/processes/${created.body.id}/draft`, {
      body: { revision: created.body.draft.revision, definition },
    });
    const problem = saved.body.problems.find((p: { code: string }) => p.code === code);
    expect(problem).toMatchObject({ stageId: 's1', jobId: 'j2' });
    // the only problems are in the job
    expect(saved.body.problems.filter((p: { jobId?: string }) => p.jobId === undefined)).toEqual([]);
  });
});
