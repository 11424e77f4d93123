import { testDrivers } from '@nguon/db/testing';
import { verifyRecordChains } from '@nguon/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { type AgentResponse, type HttpAgent, signedInAgent } from '../testing/http-agent';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

// Issue 12: a lone surrogate stored as U+FFFD under a hash taken over its escape planted a permanent "tampered" alarm.
describe.each(await testDrivers())('text PostgreSQL would change or refuse, on %s', (driver) => {
  let kit: LotKit;
  let owner: HttpAgent;
  beforeAll(async () => {
    kit = await startLotKit(driver);
    owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD, 'en');
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { newLot, record } = lotHelpers(() => kit);
  // The agent itself checks that a 4xx stored nothing (snapshot of every table and file before and after).
  const expectRefused = (response: AgentResponse, path: string, code = 'VALIDATION_FAILED') => {
    expect([response.status, response.body.code, response.body.path], JSON.stringify(response.body)).toEqual([
      400,
      code,
      path,
    ]);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  };
  const noFaults = async () => {
    const verification = await verifyRecordChains(kit.t.platform.ctx.db, null, new Date());
    expect(verification.faults).toEqual([]);
    expect(verification.records).toBeGreaterThan(0);
  };

  it('a correction whose reason holds "typo \\ud800 fixed", and record data holding one', async () => {
    const lot = await newLot();
    const planted = await record(lot.id, 'plant', { plot: { id: kit.farm.plotItemId, label: 'A-01' } });
    expect(planted.status).toBe(201);
    const corrections = `/api/v1/lots/${lot.id}/records/${planted.body.id}/corrections`;
    const plot = JSON.stringify({ id: kit.farm.plotItemId, label: 'A-01' });
    const reason = await kit.clerk.request('POST', corrections, {
      rawBody: `{"data":{"plot":${plot}},"reason":"typo \\ud800 fixed"}`,
    });
    expectRefused(reason, '/reason');
    expect(reason.body.detail).toContain('\\ud800');
    const data = await kit.clerk.request('POST', corrections, {
      rawBody: `{"data":{"plot":${plot},"note":"gieo \\udfff sạ"},"reason":"typo fixed"}`,
    });
    expectRefused(data, '/data/note');
    const newRecord = await kit.clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
      rawBody: `{"stageId":"irrigate","data":{"note":"\\ud83d tưới"}}`,
      headers: { 'idempotency-key': 'irrigate-1' },
    });
    expectRefused(newRecord, '/data/note');
    await noFaults();
  });

  it('a catalog item, a catalog form and a process import', async () => {
    const item = await owner.request('POST', `/api/v1/catalogs/${kit.farm.catalogId}/items`, {
      rawBody: '{"data":{"code":"B-02","name":"Đồng \\ud800 Sau"}}',
    });
    expectRefused(item, '/data/name');
    const catalog = await owner.request('GET', `/api/v1/catalogs/${kit.farm.catalogId}`);
    const form = JSON.stringify({
      name: { vi: 'Thửa', en: 'Plots' },
      form: catalog.body.form,
      labelFields: ['code'],
    });
    expect(form).toContain('"Mã thửa"');
    const newCatalog = await owner.request('POST', '/api/v1/catalogs', {
      rawBody: form.replace('"Mã thửa"', '"Mã \\udc00 thửa"'),
    });
    expect([newCatalog.status, newCatalog.body.path?.endsWith('/title')]).toEqual([400, true]);
    const exported = await owner.request('GET', `/api/v1/processes/${kit.farm.processId}/export?version=1`);
    const file = JSON.stringify(exported.body);
    expect(file).toContain('"ST25 rice"');
    const imported = await owner.request('POST', '/api/v1/processes/import', {
      rawBody: file.replace('"ST25 rice"', '"ST25 \\ud800 rice"'),
    });
    expectRefused(imported, '/name/en');
    await noFaults();
  });

  it('a query string value, a path parameter and the Idempotency-Key header', async () => {
    expectRefused(await kit.clerk.request('GET', '/api/v1/lots?q=%00'), '/query/q');
    expectRefused(
      await owner.request('GET', `/api/v1/catalogs/${kit.farm.catalogId}/items?q=a%00b`),
      '/query/q',
    );
    const lot = await newLot();
    expectRefused(
      await kit.clerk.request('GET', `/api/v1/lots/${lot.id}/stages/pl%00ant`),
      '/params/stageId',
    );
    // UTF-8 cannot carry a lone surrogate: its CESU-8 bytes are not UTF-8, and are refused, not read as U+FFFD
    const cesu = await kit.clerk.request('GET', '/api/v1/lots?q=%ED%A0%80');
    expect([cesu.status, cesu.body.code]).toEqual([400, 'BAD_REQUEST']);
    const inPath = await kit.clerk.request('GET', `/api/v1/lots/${lot.id}/stages/%ED%A0%80`);
    expect([inPath.status, inPath.body.code]).toEqual([400, 'BAD_REQUEST']);
    const key = await kit.clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
      body: { stageId: 'plant', data: { plot: { id: kit.farm.plotItemId, label: 'A-01' } } },
      headers: { 'idempotency-key': '\u00ed\u00a0\u0080' },
    });
    expect([key.status, key.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    await noFaults();
  });
});
