import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { type AgentResponse, type HttpAgent, signedInAgent } from '../testing/http-agent';
import { createJobsFarmFixture, type JobsFarmFixture, jobsFarmDefinition } from '../testing/jobs-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const drivers = await testDrivers();

interface Named {
  stageId: string;
  state: string;
  jobs?: { jobId: string; timesRecorded: number; needed: number; recordable: boolean }[];
  closable?: boolean;
}

describe.each(drivers)('jobs within a stage on %s', (driver) => {
  let kit: LotKit;
  let jobsFarm: JobsFarmFixture;
  let clerk: HttpAgent;
  let clerkVi: HttpAgent;

  beforeAll(async () => {
    kit = await startLotKit(driver);
    jobsFarm = await createJobsFarmFixture(kit.t.platform.ctx, kit.a);
    clerk = kit.clerk;
    clerkVi = await signedInAgent(kit.t.baseUrl, kit.a.people.clerk.login, PASSWORD, 'vi');
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { recordCount, newLot } = lotHelpers(() => kit);
  const lot = () => newLot(clerk, { productId: jobsFarm.productId });
  const record = (
    lotId: string,
    stageId: string,
    jobId?: string,
    extra: Record<string, unknown> = {},
    agent = clerk,
  ) =>
    agent.request('POST', `/api/v1/lots/${lotId}/records`, {
      body: { stageId, ...(jobId ? { jobId } : {}), data: {}, ...extra },
    });
  const ok = async (response: Promise<AgentResponse>) => {
    const answer = await response;
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body;
  };
  const close = (lotId: string, stageId: string, agent = clerk, headers: Record<string, string> = {}) =>
    agent.request('POST', `/api/v1/lots/${lotId}/stages/${stageId}/close`, { body: {}, headers });
  const detail = async (lotId: string) => (await clerk.request('GET', `/api/v1/lots/${lotId}`)).body;
  const stageOf = async (lotId: string, stageId: string): Promise<Named> =>
    (await detail(lotId)).stages.find((s: Named) => s.stageId === stageId);
  /** Planted, fertilised twice and weeded: care may close. */
  const readyToClose = async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    for (const job of ['j-fert', 'j-weed', 'j-fert']) await ok(record(id, 'care', job));
    return id;
  };

  it('records jobs in any order, repeatable ones again, once-only ones once', async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    const spray = await ok(record(id, 'care', 'j-spray', { data: { days: 3 } }));
    expect(spray).toMatchObject({
      kind: 'stage',
      stageId: 'care',
      job: { id: 'j-spray', key: 'spray', name: { vi: 'Phun thuốc', en: 'Spraying' } },
    });
    await ok(record(id, 'care', 'j-fert', { eventTime: '2025-03-01T01:00:00.000Z' }));
    await ok(record(id, 'care', 'j-spray'));
    await ok(record(id, 'care', 'j-weed', { eventTime: '2025-03-05T18:00:00.000Z' }));
    const before = await recordCount();
    const again = await record(id, 'care', 'j-weed');
    expect([again.status, again.body.code]).toEqual([409, 'STAGE_JOB_DONE']);
    // 18:00 UTC is 01:00 the next day in Vietnam
    expect(again.body.detail).toBe(
      'Job Weeding is recorded once and lot ' +
        (await detail(id)).lot.code +
        ' has it already, on 06/03/2025; correct that record if needed.',
    );
    expect(await recordCount()).toBe(before);
    const care = await stageOf(id, 'care');
    expect(care).toMatchObject({ state: 'available', closable: false, closeWhenFollowed: true });
    expect(care.jobs?.map((j) => [j.jobId, j.timesRecorded, j.needed, j.recordable])).toEqual([
      ['j-fert', 1, 2, true],
      ['j-spray', 2, 0, true],
      ['j-weed', 1, 1, false],
    ]);
    const forms = (await detail(id)).forms.filter((f: { stageId: string }) => f.stageId === 'care');
    expect(forms.map((f: { jobId?: string }) => f.jobId).sort()).toEqual(['j-fert', 'j-spray', 'j-weed']);
  });

  it('refuses a record that names no job, another stage’s or version’s job, or a job on a plain stage, storing nothing', async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    await jobsFarm.publish(jobsFarmDefinition({ extraJob: true }));
    const before = await recordCount();
    const cases: [string, string | undefined, number, string][] = [
      ['care', undefined, 422, 'STAGE_JOB_REQUIRED'],
      ['care', 'j-check', 422, 'STAGE_JOB_UNKNOWN'],
      ['care', 'j-new', 422, 'STAGE_JOB_UNKNOWN'],
      ['harvest', 'j-fert', 422, 'STAGE_JOB_UNKNOWN'],
      ['care', 'nope', 422, 'STAGE_JOB_UNKNOWN'],
    ];
    for (const [stageId, jobId, status, code] of cases) {
      const refused = await record(id, stageId, jobId);
      expect([stageId, jobId, refused.status, refused.body.code]).toEqual([stageId, jobId, status, code]);
    }
    const vi = await record(id, 'care', undefined, {}, clerkVi);
    expect(vi.body.detail).toBe('Công đoạn Chăm sóc gồm các công việc; hãy chọn công việc cần ghi.');
    expect(await recordCount()).toBe(before);
    // a lot of version 2 has the new job
    const newer = await lot();
    await ok(record(newer.id, 'plant'));
    await ok(record(newer.id, 'care', 'j-new'));
  });

  it('refuses to close with required jobs missing, naming them, then closes; a closed stage takes no job', async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    await ok(record(id, 'care', 'j-fert'));
    const before = await recordCount();
    const missing = await close(id, 'care');
    expect([missing.status, missing.body.code]).toEqual([422, 'STAGE_JOBS_MISSING']);
    expect(missing.body.detail).toBe(
      'Stage Care cannot be finished yet: still missing Fertilising (1/2), Weeding (0/1).',
    );
    const missingVi = await close(id, 'care', clerkVi);
    expect(missingVi.body.detail).toBe(
      'Chưa kết thúc được công đoạn Chăm sóc: còn thiếu Bón phân (1/2), Làm cỏ (0/1).',
    );
    const plain = await close(id, 'plant');
    expect([plain.status, plain.body.code]).toEqual([422, 'STAGE_HAS_NO_JOBS']);
    expect(await recordCount()).toBe(before);
    await ok(record(id, 'care', 'j-fert'));
    await ok(record(id, 'care', 'j-weed'));
    expect((await stageOf(id, 'care')).closable).toBe(true);
    const key = { 'idempotency-key': crypto.randomUUID() };
    const closed = await close(id, 'care', clerk, key);
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    expect(closed.body).toMatchObject({
      kind: 'close',
      stageId: 'care',
      closedBy: { kind: 'clerk' },
      data: {},
    });
    const retried = await close(id, 'care', clerk, key);
    expect([retried.status, retried.body.id]).toEqual([201, closed.body.id]);
    const countClosed = await recordCount();
    const again = await close(id, 'care');
    expect([again.status, again.body.code]).toEqual([409, 'STAGE_CLOSED']);
    const late = await record(id, 'care', 'j-spray');
    expect([late.status, late.body.code]).toEqual([409, 'STAGE_CLOSED']);
    const correct = await clerk.request('POST', `/api/v1/lots/${id}/records/${closed.body.id}/corrections`, {
      body: { data: {}, reason: 'x' },
    });
    expect([correct.status, correct.body.code]).toEqual([422, 'RECORD_NOT_CORRECTABLE']);
    expect(await recordCount()).toBe(countClosed);
    expect((await stageOf(id, 'care')).state).toBe('done');
    expect((await stageOf(id, 'harvest')).state).toBe('available');
  });

  it('keeps successors waiting while required jobs are missing, then closes the stage by the following record', async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    await ok(record(id, 'care', 'j-fert'));
    const early = await record(id, 'harvest');
    expect([early.status, early.body.code]).toEqual([409, 'STAGE_NOT_AVAILABLE']);
    expect(early.body.detail).toContain('it still waits for Care');
    await ok(record(id, 'care', 'j-fert'));
    await ok(record(id, 'care', 'j-weed'));
    expect((await stageOf(id, 'harvest')).state).toBe('available');
    const harvest = await ok(record(id, 'harvest'));
    const records = (await detail(id)).records;
    const closeRecord = records.find((r: { kind: string }) => r.kind === 'close');
    expect(closeRecord).toMatchObject({
      stageId: 'care',
      closedBy: { kind: 'following', recordId: harvest.id },
    });
    expect(closeRecord.seq).toBe((harvest.seq as number) - 1);
    expect((await stageOf(id, 'care')).state).toBe('done');
  });

  it('refuses a harvest inside the waiting period in vi and en, and allows it from local midnight of the first day', async () => {
    const id = await readyToClose();
    // 00:30 on 11/03/2025 in Vietnam, 17:30 UTC on the 10th
    await ok(record(id, 'care', 'j-spray', { eventTime: '2025-03-10T17:30:00.000Z' }));
    const before = await recordCount();
    const early = { eventTime: '2025-03-17T16:59:00.000Z' };
    const en = await record(id, 'harvest', undefined, early);
    expect([en.status, en.body.code]).toEqual([422, 'WAITING_PERIOD_NOT_OVER']);
    expect(en.body.detail).toBe(
      'Harvest cannot be recorded yet: Spraying on 11/03/2025 needs at least 7 days; the first allowed day is 18/03/2025.',
    );
    const vi = await record(id, 'harvest', undefined, early, clerkVi);
    expect(vi.body.detail).toBe(
      'Chưa được ghi Thu hoạch: Phun thuốc ngày 11/03/2025 cần cách ít nhất 7 ngày; sớm nhất từ ngày 18/03/2025.',
    );
    expect(await recordCount()).toBe(before);
    const entry = await clerk.request('GET', `/api/v1/lots/${id}/stages/harvest`);
    expect(entry.body.waiting).toEqual([
      {
        afterJobName: { vi: 'Phun thuốc', en: 'Spraying' },
        afterEventTime: '2025-03-10T17:30:00.000Z',
        days: 7,
        firstAllowedDay: '2025-03-18',
        onBreach: 'refuse',
      },
    ]);
    await ok(record(id, 'harvest', undefined, { eventTime: '2025-03-17T17:00:00.000Z' }));
  });

  it('takes the wait from the sprayed product’s field when it gives one', async () => {
    const id = await readyToClose();
    await ok(record(id, 'care', 'j-spray', { eventTime: '2025-03-10T01:00:00.000Z', data: { days: 10 } }));
    const early = await record(id, 'harvest', undefined, { eventTime: '2025-03-19T01:00:00.000Z' });
    expect(early.body.code).toBe('WAITING_PERIOD_NOT_OVER');
    await ok(record(id, 'harvest', undefined, { eventTime: '2025-03-20T01:00:00.000Z' }));
  });

  it('stores a record inside a "warn" period with its flags, shown in the lot, and keeps them through a correction', async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    const spray = await ok(record(id, 'care', 'j-spray', { eventTime: '2025-03-10T01:00:00.000Z' }));
    const weed = await ok(record(id, 'care', 'j-weed', { eventTime: '2025-03-10T05:00:00.000Z' }));
    const flag = {
      afterStageId: 'care',
      afterJobId: 'j-spray',
      afterJobName: { vi: 'Phun thuốc', en: 'Spraying' },
      afterRecordId: spray.id,
      afterEventTime: '2025-03-10T01:00:00.000Z',
      days: 1,
      firstAllowedDay: '2025-03-11',
    };
    expect(weed.waitingFlags).toEqual([flag]);
    const shown = (await detail(id)).records.find((r: { id: string }) => r.id === weed.id);
    expect(shown.waitingFlags).toEqual([flag]);
    const corrected = await clerk.request('POST', `/api/v1/lots/${id}/records/${weed.id}/corrections`, {
      body: { data: { note: 'cỏ tranh' }, reason: 'thêm ghi chú' },
    });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
    expect(corrected.body).toMatchObject({ job: { id: 'j-weed' }, waitingFlags: [flag] });
    const later = await clerk.request('POST', `/api/v1/lots/${id}/records/${corrected.body.id}/corrections`, {
      body: { data: {}, reason: 'ngày sau', eventTime: '2025-03-11T01:00:00.000Z' },
    });
    expect(later.status).toBe(201);
    expect(later.body.waitingFlags).toBeUndefined();
    // job ids, close records and flags read back from storage give the hashes they were stored with
    const owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD, 'en');
    const verification = await owner.request('GET', '/api/v1/records/verification');
    expect([verification.status, verification.body.faults]).toEqual([200, []]);
  });

  it('gives the entry of one job: its form, its state, and refuses a stage with jobs without one', async () => {
    const { id } = await lot();
    await ok(record(id, 'plant'));
    const entry = await clerk.request('GET', `/api/v1/lots/${id}/stages/care?jobId=j-spray`);
    expect(entry.status, JSON.stringify(entry.body)).toBe(200);
    expect(entry.body.form.jobId).toBe('j-spray');
    expect(Object.keys(entry.body.form.schema.properties)).toEqual(['days', 'note']);
    expect(entry.body.job).toMatchObject({
      jobId: 'j-spray',
      key: 'spray',
      recordable: true,
      timesRecorded: 0,
    });
    const none = await clerk.request('GET', `/api/v1/lots/${id}/stages/care`);
    expect([none.status, none.body.code]).toEqual([422, 'STAGE_JOB_REQUIRED']);
    const plain = await clerk.request('GET', `/api/v1/lots/${id}/stages/plant?jobId=j-spray`);
    expect([plain.status, plain.body.code]).toEqual([422, 'STAGE_JOB_UNKNOWN']);
  });

  it('lists a lot in an open stage with jobs under that stage in the work list', async () => {
    const { id, code } = await lot();
    await ok(record(id, 'plant'));
    await ok(record(id, 'care', 'j-spray'));
    const list = await clerk.request('GET', `/api/v1/work-list?q=${code}`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const item = list.body.items.find((i: { lot: { id: string } }) => i.lot.id === id);
    expect(item.stages.map((s: { stageId: string }) => s.stageId)).toEqual(['care']);
  });

  it('completes a lot only when its final stage with jobs is closed', async () => {
    const id = await readyToClose();
    await ok(record(id, 'harvest'));
    await ok(record(id, 'pack'));
    expect((await detail(id)).lot.status).toBe('in_progress');
    await ok(close(id, 'store'));
    expect((await detail(id)).lot.status).toBe('completed');
  });
});
