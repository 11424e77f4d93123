import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plotsCatalogBody } from '../testing/catalog-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

/** `rows` plots; the rows listed in `bad` have a negative area. */
const plotsCsv = (rows: number, bad: readonly number[] = []) =>
  new TextEncoder().encode(
    `code,name,area\n${Array.from({ length: rows }, (_, i) => `B-${i},Thửa ${i},${bad.includes(i) ? '-1' : '1'}`).join('\n')}\n`,
  );

describe.each(drivers)('catalog imports in the background over HTTP on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;
  beforeAll(async () => {
    t = await startTestPlatform(driver, { backgroundImportRows: 20 });
    a = await createTenantFixture(t.platform.ctx, 'A');
    b = await createTenantFixture(t.platform.ctx, 'B');
  });
  afterAll(async () => {
    await t?.close();
  });

  const owner = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, lang);
  const newCatalog = async (agent: HttpAgent) =>
    (await agent.request('POST', '/api/v1/catalogs', { body: plotsCatalogBody() })).body.id as string;
  const importCsv = (agent: HttpAgent, catalogId: string, bytes: Uint8Array, mode: string) =>
    agent.request('POST', `/api/v1/catalogs/${catalogId}/import?mode=${mode}`, {
      rawBody: bytes,
      contentType: 'text/csv',
    });
  async function untilEnded(agent: HttpAgent, id: string) {
    for (let i = 0; i < 200; i++) {
      const view = await agent.request('GET', `/api/v1/catalog-imports/${id}`);
      if (['completed', 'failed', 'cancelled'].includes(view.body.job.state)) return view.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${id} did not end`);
  }

  it('answers 200 up to the threshold and 202 above it, then the import completes as polled', async () => {
    const agent = await owner();
    const catalogId = await newCatalog(agent);
    const small = await importCsv(agent, catalogId, plotsCsv(20), 'valid-only');
    expect([small.status, small.body.imported]).toEqual([200, 20]);
    const preview = await importCsv(agent, catalogId, plotsCsv(50), 'preview');
    expect([preview.status, preview.body.rows]).toEqual([200, 50]);
    const large = await importCsv(agent, catalogId, plotsCsv(50, [7]), 'valid-only');
    expect(large.status).toBe(202);
    expect(large.body).toMatchObject({ catalogId, mode: 'valid-only', report: null });
    expect(large.body.job).toMatchObject({ kind: 'catalog-import', total: 50, title: { en: 'Plots' } });
    const ended = await untilEnded(agent, large.body.id);
    expect(ended.job).toMatchObject({ state: 'completed', done: 50, canCancel: false, error: null });
    expect(ended.report).toMatchObject({ rows: 50, valid: 49, invalid: 1, imported: 49 });
    expect(ended.report.errors[0]).toMatchObject({ line: 9, field: 'area' });
    const items = await agent.request('GET', `/api/v1/catalogs/${catalogId}/items?pageSize=1`);
    expect(items.body.total).toBe(20 + 49);
  });

  it('words a failed all-or-nothing import in the caller language and stores none of it', async () => {
    const agent = await owner('vi');
    const catalogId = await newCatalog(agent);
    const large = await importCsv(agent, catalogId, plotsCsv(30, [2, 3]), 'all-or-nothing');
    const ended = await untilEnded(agent, large.body.id);
    expect(ended.job.state).toBe('failed');
    expect(ended.job.error.code).toBe('CSV_ROWS_INVALID');
    expect(ended.job.error.message).toMatch(/^Không nhập gì: 2 dòng/);
    expect(ended.report.errors.map((e: { line: number }) => e.line)).toEqual([4, 5]);
    const items = await agent.request('GET', `/api/v1/catalogs/${catalogId}/items?pageSize=1`);
    expect(items.body.total).toBe(0);
    const cancel = await agent.request('POST', `/api/v1/catalog-imports/${large.body.id}/cancel`);
    expect([cancel.status, cancel.body.code]).toEqual([409, 'JOB_ALREADY_ENDED']);
  });

  it('refuses bad ids and other tenants with a code, lists only the caller tenant jobs', async () => {
    const agent = await owner();
    const large = await importCsv(agent, await newCatalog(agent), plotsCsv(25), 'valid-only');
    await untilEnded(agent, large.body.id);
    const bad = await agent.request('GET', '/api/v1/catalog-imports/not-a-uuid');
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badLimit = await agent.request('GET', '/api/v1/jobs?limit=0');
    expect([badLimit.status, badLimit.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    // Shaped like a cursor but not a date (month 13), or not a uuid: a coded 400, never a database error.
    for (const before of [
      '2026-13-45T00:00:00.000Z_0b6f2a4e-54f3-4a38-9d55-7c1c1f0e7a11',
      `2026-12-06T00:00:00.000Z_${'-'.repeat(36)}`,
    ]) {
      const badCursor = await agent.request('GET', `/api/v1/jobs?before=${encodeURIComponent(before)}`);
      expect([badCursor.status, badCursor.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const other = await signedInAgent(t.baseUrl, b.people.owner.login, PASSWORD, 'en');
    for (const [method, path] of [
      ['GET', `/api/v1/catalog-imports/${large.body.id}`],
      ['POST', `/api/v1/catalog-imports/${large.body.id}/cancel`],
    ] as const) {
      const refused = await other.request(method, path);
      expect([refused.status, refused.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await other.request('GET', '/api/v1/jobs')).body.items).toEqual([]);
    const mine = await agent.request('GET', '/api/v1/jobs?limit=50');
    expect(mine.body.items.map((j: { id: string }) => j.id)).toContain(large.body.id);
  });
});
