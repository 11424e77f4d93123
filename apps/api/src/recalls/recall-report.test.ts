import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { type LotKit, startLotKit } from '../testing/lot-kit';
import { recallFixture } from '../testing/recall-report-fixtures';

describe.each(await testDrivers())('the recall report over HTTP on %s', (driver) => {
  let kit: LotKit;
  let owner: HttpAgent;
  let ownerB: HttpAgent;
  beforeAll(async () => {
    kit = await startLotKit(driver);
    owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD, 'vi');
    ownerB = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD, 'en');
  });
  afterAll(async () => {
    await kit?.t.close();
  });
  const ctx = () => kit.t.platform.ctx;

  it('answers 409 RECALL_REPORT_NOT_READY in the caller’s language until a report is ready', async () => {
    const id = await recallFixture(ctx(), kit.a, kit.farm);
    for (const format of ['csv', 'pdf']) {
      const response = await owner.request('GET', `/api/v1/recalls/${id}/report.${format}`);
      expect([response.status, response.body.code]).toEqual([409, 'RECALL_REPORT_NOT_READY']);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.detail ?? response.body.title).toMatch(/Báo cáo triệu hồi chưa lập xong/);
    }
  });

  it('builds it in the background once per key, then sends the CSV and the PDF', async () => {
    const id = await recallFixture(ctx(), kit.a, kit.farm);
    const headers = { 'idempotency-key': `report-${id}` };
    const asked = await owner.request('POST', `/api/v1/recalls/${id}/report`, { headers });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body.job).toMatchObject({ kind: 'recall-report', total: expect.any(Number) });
    const again = await owner.request('POST', `/api/v1/recalls/${id}/report`, { headers });
    expect([again.status, again.body.job.id]).toEqual([201, asked.body.job.id]);
    const done = await ctx().queue.waitFor(asked.body.job.id, 60_000);
    expect([done.state, done.failedReason]).toEqual(['completed', undefined]);
    const csv = await owner.request('GET', `/api/v1/recalls/${id}/report.csv`);
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(csv.body).toMatch(/^\uFEFF?Số triệu hồi \/ Recall number,Mã lô \/ Lot code/);
    const pdf = await kit.clerk.request('GET', `/api/v1/recalls/${id}/report.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    // the recall itself shows its report, with the links to both files
    const recall = await owner.request('GET', `/api/v1/recalls/${id}`);
    expect(recall.body.report).toMatchObject({
      job: { id: asked.body.job.id, state: 'completed' },
      csv: expect.stringContaining(`/api/v1/recalls/${id}/report.csv`),
      pdf: expect.stringContaining(`/api/v1/recalls/${id}/report.pdf`),
    });
    const jobs = await owner.request('GET', '/api/v1/jobs');
    expect(jobs.body.items).toContainEqual(
      expect.objectContaining({ id: asked.body.job.id, kind: 'recall-report', state: 'completed' }),
    );
  });

  it('tells another tenant that the recall does not exist, and changes nothing', async () => {
    const id = await recallFixture(ctx(), kit.a, kit.farm);
    for (const [method, path] of [
      ['POST', `/api/v1/recalls/${id}/report`],
      ['GET', `/api/v1/recalls/${id}/report.csv`],
      ['GET', `/api/v1/recalls/${id}/report.pdf`],
    ] as const) {
      const response = await ownerB.request(method, path);
      expect([path, response.status, response.body.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
    const reports = await ctx()
      .db.selectFrom('recall_reports')
      .select('id')
      .where('recall_id', '=', id)
      .execute();
    expect(reports).toEqual([]);
  });
});
