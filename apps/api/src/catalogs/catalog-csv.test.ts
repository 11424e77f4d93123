import { testDrivers } from '@nguon/db/testing';
import { compileFormModel, newFormField } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

/** Plots with a yes/no and a date field, to import every kind of cell. */
const plotsBody = () => ({
  name: { vi: 'Thửa ruộng', en: 'Plots' },
  labelFields: ['code', 'name'],
  form: compileFormModel({
    fields: [
      { ...newFormField('text', 'code', { vi: 'Mã thửa', en: 'Plot code' }), required: true },
      { ...newFormField('text', 'name', { vi: 'Tên thửa', en: 'Plot name' }), required: true },
      { ...newFormField('number', 'area', { vi: 'Diện tích', en: 'Area' }), unit: 'ha', min: 0 },
      {
        ...newFormField('choice', 'crop', { vi: 'Cây trồng', en: 'Crop' }),
        choices: [
          { value: 'rice', label: { vi: 'Lúa', en: 'Rice' } },
          { value: 'tea', label: { vi: 'Chè', en: 'Tea' } },
        ],
      },
      newFormField('yesNo', 'irrigated', { vi: 'Có tưới', en: 'Irrigated' }),
      newFormField('date', 'planted', { vi: 'Ngày trồng', en: 'Planted on' }),
    ],
    rules: [],
  }),
});

const BOM = '\uFEFF';
const csv = (text: string) => new TextEncoder().encode(text);

describe.each(drivers)('catalog CSV import and export on %s', (driver) => {
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
  async function catalog(agent: HttpAgent): Promise<string> {
    const created = await agent.request('POST', '/api/v1/catalogs', { body: plotsBody() });
    expect(created.status).toBe(201);
    return created.body.id;
  }
  const importCsv = (agent: HttpAgent, id: string, bytes: Uint8Array, mode = 'preview') =>
    agent.request('POST', `/api/v1/catalogs/${id}/import?mode=${mode}`, {
      rawBody: bytes,
      contentType: 'text/csv',
    });
  const itemCount = async (agent: HttpAgent, id: string) =>
    (await agent.request('GET', `/api/v1/catalogs/${id}/items?pageSize=1`)).body.total;

  const good = `${BOM}Mã thửa,TÊN THỬA,dien tich,Cây trồng,Có tưới,Ngày trồng\r\nA-01,Đồng Bãi,"0,75",Lúa,có,05/03/2024\r\nA-02,Bãi Giữa,1.5,tea,không,2024-03-06\r\n`;

  it('previews a good file without storing, then imports it with history', async () => {
    const agent = await owner();
    const id = await catalog(agent);
    const preview = await importCsv(agent, id, csv(good));
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      mode: 'preview',
      rows: 2,
      valid: 2,
      invalid: 0,
      imported: 0,
      errors: [],
      errorsTruncated: false,
    });
    expect(await itemCount(agent, id)).toBe(0);
    const imported = await importCsv(agent, id, csv(good), 'all-or-nothing');
    expect([imported.status, imported.body.imported]).toEqual([200, 2]);
    const items = (await agent.request('GET', `/api/v1/catalogs/${id}/items`)).body.items;
    expect(items.map((i: { label: string; data: unknown }) => [i.label, i.data])).toEqual([
      [
        'A-01 · Đồng Bãi',
        { code: 'A-01', name: 'Đồng Bãi', area: 0.75, crop: 'rice', irrigated: true, planted: '2024-03-05' },
      ],
      [
        'A-02 · Bãi Giữa',
        { code: 'A-02', name: 'Bãi Giữa', area: 1.5, crop: 'tea', irrigated: false, planted: '2024-03-06' },
      ],
    ]);
    const history = await agent.request('GET', `/api/v1/catalogs/${id}/items/${items[0].id}/history`);
    expect(history.body.items.map((h: { action: string }) => h.action)).toEqual(['imported']);
  });

  it('reads a file without BOM, with keys as headers, semicolons and blank trailing columns', async () => {
    const agent = await owner();
    const id = await catalog(agent);
    const response = await importCsv(
      agent,
      id,
      csv('code;name;area;;\nB-01;Đồng Trên;2,5;;\n\nB-02;Đồng Dưới;;;\n'),
      'valid-only',
    );
    expect([response.status, response.body.rows, response.body.imported]).toEqual([200, 2, 2]);
  });

  it('reports bad rows by line, column and message in the caller language; valid-only imports the rest', async () => {
    const file = csv(
      `${BOM}Mã thửa,Tên thửa,Diện tích,Cây trồng\nC-01,Tốt,1,Lúa\nC-02,,abc,Cà phê\nC-03,Âm,-1,Chè\nC-04,Tốt nữa,2,Chè\n`,
    );
    const messages: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      const agent = await owner(lang);
      const id = await catalog(agent);
      const preview = await importCsv(agent, id, file);
      expect([preview.body.valid, preview.body.invalid]).toEqual([2, 2]);
      expect(preview.body.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
        [3, 'Diện tích'],
        [3, 'Cây trồng'],
        [4, 'Diện tích'],
      ]);
      messages.push(preview.body.errors[0].message);
      const refused = await importCsv(agent, id, file, 'all-or-nothing');
      expect([refused.status, refused.body.code, refused.body.errors[0].path]).toEqual([
        422,
        'CSV_ROWS_INVALID',
        '/lines/3/area',
      ]);
      expect(await itemCount(agent, id)).toBe(0);
      const partial = await importCsv(agent, id, file, 'valid-only');
      expect([partial.status, partial.body.imported, partial.body.invalid]).toEqual([200, 2, 2]);
      expect(await itemCount(agent, id)).toBe(2);
    }
    expect(messages[0]).toContain('không phải là số');
    expect(messages[1]).toContain('is not a number');
  });

  it('names the row and column of a cell holding a NUL, and stores none of it', async () => {
    const agent = await owner();
    const id = await catalog(agent);
    const file = csv('code,name\nE-01,B\u0000i\nE-02,"Tốt\u0000"\nE-03,Đúng\n');
    const preview = await importCsv(agent, id, file);
    expect(preview.body.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [2, 'name'],
      [3, 'name'],
    ]);
    expect(preview.body.errors[0].message).toContain('"B\\u0000i" holds a NUL character');
    const refused = await importCsv(agent, id, file, 'all-or-nothing');
    expect([refused.status, refused.body.code, refused.body.errors[0].path]).toEqual([
      422,
      'CSV_ROWS_INVALID',
      '/lines/2/name',
    ]);
    const partial = await importCsv(agent, id, file, 'valid-only');
    expect([partial.status, partial.body.imported]).toEqual([200, 1]);
    expect(await itemCount(agent, id)).toBe(1);
  });

  it('names a row the catalog form refuses though every cell reads', async () => {
    const agent = await owner();
    const id = await catalog(agent);
    const preview = await importCsv(agent, id, csv('code,name\nD-01,\n'));
    expect(preview.body.errors).toEqual([
      { line: 2, column: 'name', field: 'name', message: expect.stringContaining('name') },
    ]);
  });

  describe('refuses a bad file with a code and stores nothing', () => {
    it.each([
      [
        'Latin-1 bytes',
        Buffer.from('code,name\nE-01,Bãi Giữa\n', 'latin1'),
        400,
        'CSV_ENCODING',
        { line: 2 },
      ],
      [
        'a missing required column',
        csv('code,area\nE-01,1\n'),
        400,
        'CSV_MISSING_COLUMN',
        { column: 'Plot name (name)' },
      ],
      [
        'an unknown column',
        csv('code,name,owner\nE-01,X,Y\n'),
        400,
        'CSV_UNKNOWN_COLUMN',
        { column: 'owner' },
      ],
      [
        'a repeated column',
        csv('code,name,Mã thửa\nE-01,X,Y\n'),
        400,
        'CSV_UNKNOWN_COLUMN',
        { column: 'Mã thửa' },
      ],
      ['a quote never closed', csv('code,name\nE-01,"Bãi\n'), 400, 'CSV_MALFORMED', { line: 2 }],
      [
        'a quote inside an unquoted cell',
        csv('code,name\nE-01,Bãi\nE-02,Bã"i\n'),
        400,
        'CSV_MALFORMED',
        { line: 3 },
      ],
      [
        'half a UTF-16 pair encoded as bytes (CESU-8), which is not UTF-8',
        new Uint8Array([...csv('code,name\nE-01,B'), 0xed, 0xa0, 0x80, ...csv('i\n')]),
        400,
        'CSV_ENCODING',
        { line: 2 },
      ],
      ['an empty file', csv(''), 400, 'VALIDATION_FAILED', undefined],
      ['only a BOM', csv(BOM), 400, 'CSV_MALFORMED', { line: 1 }],
    ])('%s', async (_name, bytes, status, code, params) => {
      const agent = await owner();
      const id = await catalog(agent);
      for (const mode of ['preview', 'valid-only', 'all-or-nothing']) {
        const response = await importCsv(agent, id, bytes, mode);
        expect([response.status, response.body.code]).toEqual([status, code]);
        if (params) expect(response.body.params).toMatchObject(params);
      }
      expect(await itemCount(agent, id)).toBe(0);
    });

    it('a file that is not CSV', async () => {
      const agent = await owner();
      const id = await catalog(agent);
      const response = await agent.request('POST', `/api/v1/catalogs/${id}/import`, {
        rawBody: csv('code,name\n'),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      expect([response.status, response.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    });
  });

  it('exports UTF-8 with BOM, labelled headers and neutralised formulas, and the export imports back', async () => {
    const agent = await owner('en');
    const id = await catalog(agent);
    const hostile = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@A1', '\tTAB', 'Đồng Bãi'];
    for (const [i, name] of hostile.entries()) {
      const created = await agent.request('POST', `/api/v1/catalogs/${id}/items`, {
        body: { data: { code: `F-0${i}`, name, area: -0 + i, crop: 'tea', irrigated: true } },
      });
      expect(created.status).toBe(201);
    }
    const response = await fetch(`${t.baseUrl}/api/v1/catalogs/${id}/export`, {
      headers: { cookie: agent.cookie ?? '', 'accept-language': 'en' },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="plots-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Plot code (code),Plot name (name),Area (area),Crop (crop),Irrigated (irrigated),Planted on (planted)',
    );
    const names = lines.slice(1, -1).map((line) => line.split(',')[1] ?? '');
    for (const cell of names.filter((name) => !name.includes('Đồng'))) expect(cell).toMatch(/^"?'/);
    expect(lines.join('\n')).toContain('Tea,Yes');
    const again = await importCsv(agent, await catalog(agent), bytes, 'all-or-nothing');
    expect([again.status, again.body.imported]).toEqual([200, hostile.length]);
    const reread = await agent.request('GET', `/api/v1/catalogs/${id}/items?q=sum`);
    expect(reread.body.items[0].data.name).toBe('+SUM(1,2)');
  });
});

describe.each(drivers)('catalog CSV import at scale on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  beforeAll(async () => {
    // Hashing 100,000 rows around every request would outlast the test; the suite above guards refusals.
    t = await startTestPlatform(driver, {}, { guardRefusals: false });
    a = await createTenantFixture(t.platform.ctx, 'Big');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes 100,000 rows in the background, answering other requests meanwhile, all of them searchable', async () => {
    const agent = new HttpAgent(t.baseUrl);
    await agent.signIn(a.people.owner.login, PASSWORD);
    const id = (await agent.request('POST', '/api/v1/catalogs', { body: plotsBody() })).body.id;
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `P-${i},Thửa số ${i},"${(i % 97) / 4}",${i % 2 ? 'Chè' : 'Lúa'},có,01/01/2024`,
    );
    const file = csv(`${BOM}code,name,area,crop,irrigated,planted\n${rows.join('\n')}\n`);
    const started = performance.now();
    const response = await agent.request('POST', `/api/v1/catalogs/${id}/import?mode=all-or-nothing`, {
      rawBody: file,
      contentType: 'text/csv',
    });
    const accepted = Math.round(performance.now() - started);
    expect([response.status, response.body.job.total]).toEqual([202, 100_000]);
    expect(response.headers.get('location')).toBe(`/api/v1/catalog-imports/${response.body.id}`);
    // While it runs, another request is answered; the slowest of them says how long one may wait.
    const waits: number[] = [];
    let view = response.body;
    while (!['completed', 'failed', 'cancelled'].includes(view.job.state)) {
      const asked = performance.now();
      expect((await agent.request('GET', `/api/v1/catalogs/${id}`)).status).toBe(200);
      waits.push(performance.now() - asked);
      view = (await agent.request('GET', `/api/v1/catalog-imports/${view.id}`)).body;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.info(
      `${driver}: 100,000 rows (${(file.length / 1e6).toFixed(1)} MB) accepted in ${accepted} ms, imported in ${Math.round(performance.now() - started)} ms; ${waits.length} GETs meanwhile, median ${Math.round(waits.sort((x, y) => x - y)[waits.length >> 1] ?? 0)} ms, slowest ${Math.round(Math.max(...waits))} ms`,
    );
    expect(view.job).toMatchObject({ state: 'completed', done: 100_000, error: null });
    expect(view.report).toMatchObject({ rows: 100_000, imported: 100_000, invalid: 0 });
    const found = await agent.request(
      'GET',
      `/api/v1/catalogs/${id}/items?q=${encodeURIComponent('thua so 99999')}`,
    );
    expect(found.body.items.map((item: { label: string }) => item.label)).toEqual([
      'P-99999 · Thửa số 99999',
    ]);
    expect((await agent.request('GET', `/api/v1/catalogs/${id}/items?pageSize=1`)).body.total).toBe(100_000);
    const jobs = await agent.request('GET', '/api/v1/jobs');
    expect(jobs.body.items[0]).toMatchObject({ id: view.id, kind: 'catalog-import', state: 'completed' });
    // 40 s on a busy 2-core machine; the suite's 60 s default left no room for the checks after it.
  }, 180_000);
});
